// validate across worker threads (issue 8: a province's repository of every district's and
// commune's plan, on a 2-core CI machine). The files are shared out in turn; each worker loads
// its share, the headers come back, the context documents (directives, agencies, parent
// plans) are handed to every worker in full, and each worker runs the rules on its own
// documents. The diagnostics are the serial ones: test/pipeline/parallel.test.ts compares them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sortDiagnostics, summarise, UserError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { discover, type DiscoveredFile } from '../load/discover.js';
import { displayPath, type ParseMode } from '../load/read.js';
import { isReported, loadPathsOf, resolveRepository } from '../load/config.js';
import type { ConfigModel } from '../model/schemas.js';
import type { LoadedDocument } from '../repository/document.js';
import { Repository } from '../repository/repository.js';
import { isContext, parentIdsOf, stubDocument, type Header } from './stubs.js';
import { narrowToNamed, runRules, validate, type ValidateResult } from './validate.js';
import type { OnProgress } from '../repository/load.js';
import { loadConfig } from './load-run.js';
import type { ContextDocument, WorkerReply, WorkerRequest } from './validate-worker.js';

const WORKER_URL = new URL('./validate-worker.js', import.meta.url);

/**
 * Below this many files, starting workers (each compiles the rules afresh) costs about what it
 * saves: measured even at 1,000 plans, 1.7× faster at 10,000 (BENCHMARKS.md). An explicit
 * `--jobs` lowers it to 2.
 */
export const PARALLEL_MIN_FILES = 1000;

/** Workers run the compiled module; from TypeScript sources (tests) there is none to start. */
export function canRunInParallel(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

class WorkerClient {
  private readonly worker = new Worker(WORKER_URL);
  private pending: ((reply: WorkerReply) => void) | undefined;
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      const resolve = this.pending;
      this.pending = undefined;
      resolve?.(reply);
    });
    this.worker.on('error', (e) => {
      this.failure = e;
      const resolve = this.pending;
      this.pending = undefined;
      resolve?.({ type: 'failed', message: e.message, stack: e.stack });
    });
  }

  request<T extends WorkerReply['type']>(message: WorkerRequest, expected: T): Promise<Extract<WorkerReply, { type: T }>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = (reply) => {
        if (reply.type === expected) resolve(reply as Extract<WorkerReply, { type: T }>);
        else {
          const error = new UserError(`Lỗi nội bộ của kehoach khi kiểm tra song song: ${reply.type === 'failed' ? reply.message : reply.type}. Vui lòng báo lỗi này.`, 2);
          (error as { cause?: unknown }).cause = reply.type === 'failed' ? Object.assign(new Error(reply.message), { stack: reply.stack }) : undefined;
          reject(error);
        }
      };
      this.worker.postMessage(message);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface ParallelOptions {
  workers: number;
  mode: ParseMode;
  config: ConfigModel;
  configDocument: LoadedDocument | undefined;
}

export async function validateInParallel(
  files: readonly DiscoveredFile[],
  cwd: string,
  lang: Lang,
  options: ParallelOptions,
): Promise<ValidateResult & { repo: Repository; config: ConfigModel; headers: Map<number, Header>; hashes: Map<number, string> }> {
  const clients = Array.from({ length: Math.max(1, options.workers) }, () => new WorkerClient());
  try {
    // 1. Load, in turns, so that each worker gets files from every folder.
    const shares = clients.map((_, w) => files.flatMap((file, index) => (index % clients.length === w ? [{ index, file }] : [])));
    const loaded = await Promise.all(clients.map((c, w) => c.request({ type: 'load', files: shares[w], cwd, mode: options.mode }, 'loaded')));
    const entries = new Map<number, { file: string; header: Header; owner: number }>();
    loaded.forEach((reply, owner) => reply.documents.forEach((d) => entries.set(d.index, { file: d.file, header: d.header, owner })));
    const ordered = [...entries.entries()].sort((a, b) => a[0] - b[0]);

    // 2. The context, in full, from whichever worker holds each of its documents.
    const parentIds = parentIdsOf(ordered.map(([, e]) => e.header));
    const contextIndexes = ordered.filter(([, e]) => isContext(e.header, parentIds)).map(([index]) => index);
    const context: ContextDocument[] = (
      await Promise.all(clients.map((c, w) => c.request({ type: 'context', indexes: contextIndexes.filter((i) => entries.get(i)?.owner === w) }, 'context')))
    ).flatMap((r) => r.documents);

    // 3. The rules, each worker on its own documents.
    const all = ordered.map(([index, e]) => ({ index, file: e.file, header: e.header }));
    const checked = await Promise.all(clients.map((c) => c.request({ type: 'check', all, context, config: options.config, lang }, 'checked')));

    const documents = ordered.map(([, e]) => stubDocument(e.file, e.header));
    const repo = new Repository(documents);
    const configDiagnostics = options.configDocument ? runRules(new Repository([]), options.config, lang, [options.configDocument], new Set()) : [];
    const diagnostics: Diagnostic[] = sortDiagnostics([...configDiagnostics, ...checked.flatMap((r) => r.diagnostics)]);
    return {
      documents: documents.length,
      files: documents.map((d) => d.file),
      diagnostics,
      summary: summarise(diagnostics),
      repo,
      config: options.config,
      headers: new Map(ordered.map(([index, e]) => [index, e.header])),
      hashes: new Map(loaded.flatMap((reply) => reply.hashes.map((h): [number, string] => [h.index, h.hash]))),
    };
  } finally {
    await Promise.all(clients.map((c) => c.terminate()));
  }
}

/** validate without the cache: in worker threads for a large repository, else in this thread. */
export async function validateUncached(
  paths: readonly string[],
  cwd: string,
  lang: Lang,
  options: { workers: number; minFiles?: number; mode?: ParseMode; onProgress?: OnProgress; repo?: string },
): Promise<ValidateResult & { repo: Repository; config: ConfigModel }> {
  const mode = options.mode ?? 'fast';
  const scope = resolveRepository(paths, cwd, options.repo, lang);
  const files = discover(loadPathsOf(scope), cwd);
  if (options.workers > 1 && files.length >= (options.minFiles ?? PARALLEL_MIN_FILES) && canRunInParallel()) {
    const { config, configDocument } = loadConfig(scope, cwd);
    const result = await validateInParallel(files, cwd, lang, { workers: options.workers, mode, config, configDocument });
    const named = new Set(files.filter((f) => isReported(scope, f.absPath)).map((f) => displayPath(f.absPath, cwd)));
    return { ...narrowToNamed(result, named, configDocument?.file), repo: result.repo, config };
  }
  return validate(paths, cwd, lang, mode, options.onProgress, options.repo);
}
