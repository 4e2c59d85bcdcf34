// Worker threads for the engine (issue 8: a province's repository of every district's and
// commune's plan, on a 2-core CI machine). Each worker runs the engine's own steps on its
// share (engine-worker.ts): reading headers, then checking documents batch by batch; the
// files are shared out in turn so that each worker gets files from every folder. The
// diagnostics are the one-thread ones: test/pipeline/parallel.test.ts compares them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../diagnostics/diagnostic.js';
import type { ParseMode } from '../load/read.js';
import type { CheckInput, CheckOutput, FileToValidate, ScannedFile } from './engine.js';

const WORKER_URL = new URL('./engine-worker.js', import.meta.url);

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

export type WorkerRequest =
  | { type: 'scan'; files: { index: number; file: FileToValidate }[]; cwd: string; mode: ParseMode; keepAll: boolean; fromFields: boolean; hashed: boolean }
  | { type: 'check'; input: CheckInput };

export type WorkerReply = { type: 'scanned'; files: ScannedFile[] } | { type: 'checked'; output: CheckOutput } | { type: 'failed'; message: string; stack?: string };

/**
 * A worker ran out of the heap it was given (WorkerPool's `heapMb`): the engine does that step
 * in its own thread instead, where the heap is the process's.
 */
export class WorkerOutOfMemory extends Error {}

/** A worker's heap limits in MB (engine.ts sizes them for the run: workerHeapMb, youngGenerationMb). */
export interface WorkerHeap {
  /** The old generation; none: V8's own limit. */
  oldMb?: number;
  youngMb: number;
}

class WorkerClient {
  private readonly worker: Worker;
  private pending: ((reply: WorkerReply) => void) | undefined;
  private failure: Error | undefined;

  constructor(heap: WorkerHeap) {
    this.worker = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: heap.youngMb, ...(heap.oldMb ? { maxOldGenerationSizeMb: heap.oldMb } : {}) } });
    this.worker.on('message', (reply: WorkerReply) => {
      const resolve = this.pending;
      this.pending = undefined;
      resolve?.(reply);
    });
    this.worker.on('error', (e) => {
      this.failure = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerOutOfMemory(e.message) : e;
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
        else if (this.failure instanceof WorkerOutOfMemory) reject(this.failure);
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

/**
 * The files a worker loads: its share and the context, at their indexes; the others are holes.
 * Every other file is known to the worker by its header (which has its display path); its path
 * and entry would cost each worker some 200 bytes a file of the repository (issue 13).
 */
function filesToLoad(input: CheckInput, share: readonly number[]): FileToValidate[] {
  const files = new Array<FileToValidate>(input.files.length);
  for (const index of share) files[index] = input.files[index];
  for (const index of input.context) files[index] = input.files[index];
  return files;
}

export class WorkerPool {
  private readonly clients: WorkerClient[];

  /**
   * `heap`: the old generation each worker may grow to, and its young generation. Left to
   * itself, V8 lets each thread's heap grow far past what it holds (10,000 plans: 1.1 GB with two
   * workers, about 100 MB of it live in each); a limit makes it collect sooner. A worker that
   * needs more fails with WorkerOutOfMemory and the engine redoes the step in its own thread.
   */
  constructor(size: number, heap: WorkerHeap) {
    this.clients = Array.from({ length: Math.max(1, size) }, () => new WorkerClient(heap));
  }

  /**
   * Shares out in turn by file index: worker w gets files w, w + n, w + 2n, … — the same files
   * when it reads headers and when it checks, so that the documents it kept are checked there.
   */
  private shares<T>(items: readonly T[], indexOf: (item: T) => number): T[][] {
    return this.clients.map((_, w) => items.filter((item) => indexOf(item) % this.clients.length === w));
  }

  /**
   * `keepAll`: the repository fits in one batch, so each worker keeps what it loads for the check.
   * `fromFields`: a plan's header may be read from its header fields alone (engine.ts ScanOptions).
   * `hashed`: a cache is used, so each file's content hash is needed.
   */
  async scan(files: { index: number; file: FileToValidate }[], cwd: string, mode: ParseMode, options: { keepAll: boolean; fromFields: boolean; hashed: boolean }): Promise<ScannedFile[]> {
    const shares = this.shares(files, (f) => f.index);
    const replies = await Promise.all(this.clients.map((c, w) => c.request({ type: 'scan', files: shares[w], cwd, mode, ...options }, 'scanned')));
    return replies.flatMap((r) => r.files);
  }

  async check(input: CheckInput): Promise<CheckOutput> {
    const shares = this.shares(input.share, (index) => index);
    const replies = await Promise.all(this.clients.map((c, w) => c.request({ type: 'check', input: { ...input, files: filesToLoad(input, shares[w]), share: shares[w] } }, 'checked')));
    return {
      diagnostics: replies.flatMap((r) => r.output.diagnostics),
      peakFullDocuments: Math.max(...replies.map((r) => r.output.peakFullDocuments)),
      corrected: replies.flatMap((r) => r.output.corrected),
    };
  }

  async terminate(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.terminate()));
  }
}
