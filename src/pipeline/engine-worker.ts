// One worker thread of the engine (worker-pool.ts): the engine's own steps on this worker's
// share — the headers of its files, then its documents checked batch by batch against the
// context (loaded in full here) and every other document's header. What it loaded for the
// headers is kept for the check only as the main thread keeps it; what is posted back is plain
// data (findings are resolved to ranges here).
import { parentPort } from 'node:worker_threads';
import { markLinkNotFollowed } from '../load/read.js';
import type { LoadedDocument } from '../repository/document.js';
import { shareHeaderStrings } from '../repository/header.js';
import { checkInBatches, loadFile, scanFile } from './engine.js';
import { contentHash } from './content-hash.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

/** What this worker loaded while reading headers and keeps for the check (engine.ts `scanFile`). */
const held = new Map<number, LoadedDocument>();

function handle(request: WorkerRequest): WorkerReply {
  switch (request.type) {
    case 'scan':
      held.clear();
      return {
        type: 'scanned',
        files: request.files.map(({ index, file }) => {
          // This thread has its own module state: a link discover() did not follow is marked here too.
          if (file.linkNotFollowed !== undefined) markLinkNotFollowed(file.absPath, file.linkNotFollowed);
          // The content hash only when a cache will compare it (the cache's own hash: content-hash.ts).
          const { header, hash, doc } = scanFile(file, request.cwd, request.mode, { keepAll: request.keepAll, fromFields: request.fromFields, hash: request.hashed ? contentHash : undefined });
          if (doc) held.set(index, doc);
          return { index, header, hash };
        }),
      };
    case 'check': {
      const { input } = request;
      // Only the files this worker loads are there (worker-pool.ts filesToLoad); the rest are holes.
      for (const file of input.files) if (file?.linkNotFollowed !== undefined) markLinkNotFollowed(file.absPath, file.linkNotFollowed);
      shareHeaderStrings(input.headers);
      try {
        return { type: 'checked', output: checkInBatches(input, held, (index) => loadFile(input.files[index], input.cwd, input.mode).doc) };
      } finally {
        held.clear();
      }
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
