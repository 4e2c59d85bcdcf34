// One worker thread of a parallel validate (src/pipeline/validate-parallel.ts). It loads its
// share of the files, answers with their headers, hands over the context documents it holds,
// and runs every rule on its own documents against the whole repository: its own documents and
// the context in full, every other document as its header.
import { parentPort } from 'node:worker_threads';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { markLinkNotFollowed, readBytes, type ParseMode } from '../load/read.js';
import { YamlSource } from '../load/source.js';
import type { ConfigModel } from '../model/schemas.js';
import type { LoadedDocument } from '../repository/document.js';
import { Repository } from '../repository/repository.js';
import { loadDocument } from './load-repository.js';
import { contentHash, headerOf, stubDocument, type Header } from './stubs.js';
import { runRules } from './validate.js';

export interface WorkerFile {
  absPath: string;
  explicit: boolean;
  linkNotFollowed?: string;
}

export interface ContextDocument {
  index: number;
  file: string;
  absPath: string;
  kind: LoadedDocument['kind'];
  id: string | undefined;
  model: LoadedDocument['model'];
}

export type WorkerRequest =
  | { type: 'load'; files: { index: number; file: WorkerFile }[]; cwd: string; mode: ParseMode }
  | { type: 'context'; indexes: number[] }
  | { type: 'check'; all: { index: number; file: string; header: Header | undefined }[]; context: ContextDocument[]; config: ConfigModel; lang: Lang };

export type WorkerReply =
  | { type: 'loaded'; documents: { index: number; file: string; header: Header }[]; hashes: { index: number; hash: string }[] }
  | { type: 'context'; documents: ContextDocument[] }
  | { type: 'checked'; diagnostics: Diagnostic[] }
  | { type: 'failed'; message: string; stack?: string };

const own = new Map<number, LoadedDocument & { absPath: string }>();

function handle(request: WorkerRequest): WorkerReply {
  switch (request.type) {
    case 'load': {
      const documents: { index: number; file: string; header: Header }[] = [];
      const hashes: { index: number; hash: string }[] = [];
      for (const { index, file } of request.files) {
        // Read once: the bytes are hashed for the cache and parsed from the same buffer.
        // This thread has its own module state: a link discover() did not follow is marked here too.
        if (file.linkNotFollowed !== undefined) markLinkNotFollowed(file.absPath, file.linkNotFollowed);
        const bytes = readBytes(file.absPath);
        if ('bytes' in bytes) hashes.push({ index, hash: contentHash(bytes.bytes) });
        const doc = loadDocument(file.absPath, request.cwd, file.explicit, request.mode, bytes);
        if (!doc) continue;
        own.set(index, Object.assign(doc, { absPath: file.absPath }));
        documents.push({ index, file: doc.file, header: headerOf(doc) });
      }
      return { type: 'loaded', documents, hashes };
    }
    case 'context':
      return {
        type: 'context',
        documents: request.indexes.flatMap((index) => {
          const doc = own.get(index);
          return doc ? [{ index, file: doc.file, absPath: doc.absPath, kind: doc.kind, id: doc.id, model: doc.model }] : [];
        }),
      };
    case 'check': {
      const context = new Map(request.context.map((c) => [c.index, c]));
      const documents: LoadedDocument[] = [];
      const mine = new Set<LoadedDocument>();
      // Global file order, so that "first" (duplicate ids) means the same in every worker.
      for (const { index, file, header } of request.all) {
        const mineDoc = own.get(index);
        if (mineDoc) {
          documents.push(mineDoc);
          mine.add(mineDoc);
          continue;
        }
        const c = context.get(index);
        if (c) {
          // Another worker's context document: its model in full, its text read only if asked.
          const source = new YamlSource(c.file, () => '');
          documents.push({ file: c.file, source, data: undefined, kind: c.kind, id: c.id, model: c.model, problems: [] });
        } else documents.push(stubDocument(file, header));
      }
      const diagnostics = runRules(new Repository(documents), request.config, request.lang, [], mine);
      // Plain objects: the lazy ranges are resolved here, where the sources are.
      return {
        type: 'checked',
        diagnostics: diagnostics.map((d) => ({ ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } })),
      };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort?.postMessage(handle(request));
  } catch (e) {
    parentPort?.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined } satisfies WorkerReply);
  }
});
