// The validate engine: the one way documents are checked, for `validate` (and --watch, --fix),
// the LSP server and `check`'s content step. It
//   1. finds the repository's files and reads their headers (from the cache when a file is
//      unchanged, else by loading it: a directive or agencies registry is kept in full, a plan
//      is dropped to its header unless the whole repository fits in one batch; when streaming a
//      run that checks every plan, a plan's header is read from its header fields alone, and
//      compared in step 3 with the header of the plan read in full);
//   2. works out the context the rules read in full (directives, agencies registries, every
//      document some document names as its parent) and, with a cache, what can be reused;
//   3. checks the rest batch by batch: the context and one batch held in full, every other
//      document as its header (repository/header.ts), each batch dropped before the next.
// Memory is then bounded by the context and one batch, not by the repository (issue 13).
// Worker threads run step 1 and 3 of this same code on their share (engine-worker.ts); the
// cache is read and written here only, through the `ValidationCache` interface.
import { fill, RuleCrash, sortDiagnostics, summarise, type Diagnostic, type Lang, type Range, type Severity, type Summary } from '../diagnostics/diagnostic.js';
import { isReported, resolveRepository, type RepositoryScope } from '../load/config.js';
import { displayPath, readBytes, type FileBytes, type ParseMode } from '../load/read.js';
import type { ConfigModel } from '../model/schemas.js';
import { isChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import { headerOf, isContext, parentIdsOf, planHeaderFromLines, sameHeader, shareHeaderStrings, type HeaderDocument, type HeldDocument } from '../repository/header.js';
import { Repository, RunMemos, StreamedDocuments } from '../repository/repository.js';
import { rules } from '../rules/index.js';
import type { Bilingual, Finding, Place, Rule } from '../rules/rule.js';
import { applySuppressions } from '../suppress/inline.js';
import { filesOf, loadWithOverlays, type OnProgress, type Overlays } from '../repository/load.js';
import { loadConfig, type LoadedRepository } from './load-run.js';
import { canRunInParallel, PARALLEL_MIN_FILES, WorkerOutOfMemory, WorkerPool } from './worker-pool.js';

/**
 * A repository of up to this many files is held in memory whole: each plan is then loaded once.
 * A larger one is streamed, with memory bounded by the context and one batch per thread: a plan
 * that is nobody's parent is read for its header (from its header lines alone when every plan
 * read so is then checked, else in full), then loaded to be checked. Streamed one plan at a time
 * (BATCH_SIZE), 1,000 plans take 0.87 of the time held whole and 235 MiB instead of 380 (8 pairs,
 * issue 13): each plan read twice costs less than every plan surviving the collector until all
 * are checked. Held whole up to here, where a run is short anyway and each file is read once.
 */
export const WHOLE_UP_TO = 100;
/**
 * Documents checked at once by each thread when streaming: one. A plan loaded, checked and
 * dropped dies young, and V8's young-generation collections copy only what survives them — with
 * batches of 100 each collection copied the batch's plans loaded so far, and promoted them for
 * the full collections to sweep. The run-wide indexes are built once (StreamedDocuments) and a
 * batch's own repository costs a few microseconds. Measured (issue 13, whole processes): 10,000
 * plans in 0.75 of the time with batches of 1 against 100 (4 pairs; 0.92 against 4), 100,000
 * plans in 88 s instead of 105 s (one run each).
 */
export const BATCH_SIZE = 1;

export interface ValidateResult {
  /** The documents checked: those of the named paths. */
  documents: number;
  /** Their files, in order (one test case each in JUnit). */
  files: string[];
  diagnostics: Diagnostic[];
  summary: Summary;
}

export interface ValidateRequest {
  paths: readonly string[];
  cwd: string;
  lang: Lang;
  mode?: ParseMode;
  /** `--repo DIR`. */
  repo?: string;
  /** The repository and its named files, when the caller has resolved them (the LSP: the open files). */
  scope?: RepositoryScope;
  onProgress?: OnProgress;
  /** An editor's unsaved buffers and the documents it loaded before (`kehoach lsp`). */
  overlays?: Overlays;
}

/** A file of the repository as the engine and the cache know it. */
export interface FileToValidate {
  absPath: string;
  /** Its display path (relative to the folder the run started in). */
  file: string;
  /** Named on the command line (a named file is never skipped, and a missing kind is an error). */
  explicit: boolean;
  linkNotFollowed?: string;
}

/** What the cache knows of an unchanged file: its hash and header (undefined: not a kehoach document). */
export interface CachedFile {
  hash: string;
  header: HeaderDocument | undefined;
}

export interface ContextFile {
  file: string;
  header: HeaderDocument | undefined;
  hash: string;
  /** Read in full by other documents' rules: its bytes are part of the context. */
  inContext: boolean;
}

/** The engine's view of a results cache (result-cache.ts is the one kept in `.kehoach-cache/`). */
export interface ValidationCache {
  /** The file's hash and header when its bytes are those the cache knows; else maybe the bytes read to compare. */
  lookup(f: FileToValidate): { known?: CachedFile; bytes?: FileBytes };
  hash(bytes: Buffer): string;
  /** The key of everything a document's diagnostics depend on besides its own bytes. */
  contextKey(settings: unknown, files: readonly ContextFile[]): string;
  /** The diagnostics of a file `lookup` knew, when they still hold under this context. */
  diagnostics(f: FileToValidate, contextKey: string): Diagnostic[] | undefined;
  /** A file's result (reused or fresh), kept for the next run by `save`. */
  record(f: FileToValidate, result: { hash: string; header: HeaderDocument | undefined; diagnostics: readonly Diagnostic[] }, contextKey: string): void;
  save(): void;
}

export interface EngineOptions {
  cache?: ValidationCache;
  /** Worker threads for a run that must load or check many files (1 = none). */
  workers?: number;
  /** From how many files to load or check the workers are used (default PARALLEL_MIN_FILES). */
  minFiles?: number;
  /** Up to how many files the repository is held whole (default WHOLE_UP_TO; Infinity: always). */
  wholeUpTo?: number;
  /** Documents checked at once by each thread when streaming (default BATCH_SIZE). */
  batchSize?: number;
  /** The heap each worker may grow to, in MB (default: workerHeapMb of what it holds at once). */
  workerHeapMb?: number;
}

export interface EngineResult extends ValidateResult {
  /** The repository as held at the end: the context in full, and the rest in full or as headers. */
  repo: Repository;
  config: ConfigModel;
  scope: RepositoryScope;
  /** The most documents held in full at once in this thread (the memory bound: context + one batch). */
  peakFullDocuments: number;
  /** Headers read from header fields alone that the documents read in full did not confirm (then all was checked again). */
  headersCorrected: number;
}

export function severityOf(rule: Rule, config: ConfigModel): Severity | 'off' {
  return config.rules?.[rule.id] ?? rule.severity;
}

/** Validates the repository of `request.paths`, in worker threads when there is much to do. */
export async function validateRepository(request: ValidateRequest, options: EngineOptions = {}): Promise<EngineResult> {
  const run = new EngineRun(request, options);
  const workers = options.workers ?? 1;
  const parallel = (count: number) => workers > 1 && count >= (options.minFiles ?? PARALLEL_MIN_FILES) && canRunInParallel();
  let pool: WorkerPool | undefined;
  // Room for what a worker holds in full at once (its share when the repository is held whole,
  // else one batch; the context is small, and a worker that runs out is replaced below) and for
  // what it knows of every file.
  const startPool = () =>
    new WorkerPool(workers, {
      oldMb: options.workerHeapMb ?? workerHeapMb(run.keepAll ? Math.ceil(run.files.length / workers) : run.batchSize, run.files.length),
      youngMb: youngGenerationMb(run.files.length),
    });
  // A worker that ran out of heap: this step is done again in this thread, whose heap is the process's.
  const orInThread = async <T>(step: Promise<T>, inThread: () => T): Promise<T> => {
    try {
      return await step;
    } catch (e) {
      if (!(e instanceof WorkerOutOfMemory)) throw e;
      await pool?.terminate();
      pool = undefined;
      return inThread();
    }
  };
  try {
    const unknown = run.unknownFiles();
    if (parallel(unknown.length)) {
      pool = startPool();
      const { keepAll, fromFields } = run.scanOptions();
      const scans = pool.scan(unknown.map((index) => ({ index, file: run.files[index] })), run.cwd, run.mode, { keepAll, fromFields, hashed: options.cache !== undefined });
      await orInThread(scans.then((scanned) => run.acceptScans(scanned)), () => run.scanInThread(unknown));
    } else run.scanInThread(unknown);
    const check = async (toCheck: number[]): Promise<CheckOutput> => {
      if (!parallel(toCheck.length)) return run.checkInThread(toCheck);
      pool ??= startPool();
      return orInThread(pool.check(run.checkInput(toCheck)), () => run.checkInThread(toCheck));
    };
    let output = await check(run.plan());
    // A header read from the header fields that the plan read in full does not confirm (its
    // later lines do not parse, say): the context may have been wrong, so all is checked again.
    if (output.corrected.length > 0) {
      run.correctHeaders(output.corrected);
      output = await check(run.plan());
    }
    run.acceptChecks(output);
    return run.finish();
  } finally {
    await pool?.terminate();
  }
}

/**
 * The old-generation heap of a worker that holds `documents` in full at once in a repository of
 * `files`: 192 MB (a worker that has read 30 plans runs out below 96 MB), 0.25 MB a document in
 * full, and 4 KB a file for what the worker knows of every file (its header, its entry in the
 * indexes of ids and names: 3 KB measured at 100,000 plans). Too tight a limit does not fail, it
 * makes V8 collect without end: a 100,000-plan run took minutes per batch with 1 KB a file.
 */
export function workerHeapMb(documents: number, files: number): number {
  return Math.ceil(192 + documents / 4 + files / 256);
}

/**
 * The young generation of each worker of a run over `files` files. What a worker allocates for a
 * plan is short-lived or held for its batch, so a larger one mostly holds garbage, but is
 * collected less often: measured at 10,000 plans (issue 13), 16 MB instead of V8's default made
 * the peak 387 MB instead of 449 MB for about 3 % more time, and 32 MB instead of 16 made the run
 * 5–6 % faster (two A/B runs of 6 pairs, `farm-bench`: 0.94 and 0.95, every pair of the second
 * faster) for a peak of 370 MiB instead of 316–319. At 100,000 plans, where each worker knows of
 * every file, those 50 MB would take the peak over 1 GB (960 MiB with 16 MB): above
 * LARGER_YOUNG_UP_TO files it is 8. There a plan is checked as soon as it is loaded (BATCH_SIZE)
 * and dies young, so the smaller space costs no time: 88.4 s and 952 MiB against 88.2 s and
 * 969 MiB with 16 MB (one run each, issue 13).
 */
export function youngGenerationMb(files: number): number {
  return files <= LARGER_YOUNG_UP_TO ? 32 : 8;
}
const LARGER_YOUNG_UP_TO = 20_000;

/** The same engine, in this thread only: for callers that cannot wait (the LSP server, --fix). */
export function validateRepositoryInThread(request: ValidateRequest, options: Omit<EngineOptions, 'workers' | 'minFiles'> = {}): EngineResult {
  const run = new EngineRun(request, options);
  run.scanInThread(run.unknownFiles());
  let output = run.checkInThread(run.plan());
  if (output.corrected.length > 0) {
    run.correctHeaders(output.corrected);
    output = run.checkInThread(run.plan());
  }
  run.acceptChecks(output);
  return run.finish();
}

/**
 * The whole repository in memory, unchecked: for the commands that read documents rather than
 * check them (tree, calendar, matrix, render, new plan, import, check's content step). Step 1
 * of the engine, every document kept.
 */
export function readRepository(scope: RepositoryScope, cwd: string, overlays?: Overlays): LoadedRepository {
  const run = new EngineRun({ paths: [], cwd, lang: 'vi', scope, overlays }, { wholeUpTo: Infinity });
  run.scanInThread(run.unknownFiles());
  return run.whole();
}

/** One file's header as read by step 1 (`header` undefined: not a kehoach document). */
export interface ScannedFile {
  index: number;
  header: HeaderDocument | undefined;
  hash: string;
}

/** Step 3's input: what a thread needs to check its share of the documents. */
export interface CheckInput {
  /** At least the files of the share and of the context, at their indexes (a worker gets only those). */
  files: readonly FileToValidate[];
  headers: readonly (HeaderDocument | undefined)[];
  /** Some headers were read from header fields alone: each document loaded in full confirms its own. */
  confirmHeaders: boolean;
  context: readonly number[];
  share: readonly number[];
  cwd: string;
  mode: ParseMode;
  config: ConfigModel;
  lang: Lang;
  batchSize: number;
}

export interface CheckOutput {
  diagnostics: { index: number; diagnostics: Diagnostic[] }[];
  peakFullDocuments: number;
  /** The documents whose header, read in full, is not the one step 1 read from their header fields. */
  corrected: CorrectedHeader[];
}

export interface CorrectedHeader {
  index: number;
  header: HeaderDocument | undefined;
}

/** Options of step 1 for one file. */
export interface ScanOptions {
  keepAll: boolean;
  /** A plan's header may be read from its header fields alone (load/header-fields.ts). */
  fromFields: boolean;
  /** The content hash, when a cache will compare it. */
  hash?: (bytes: Buffer) => string;
  overlays?: Overlays;
  bytes?: FileBytes;
}

/** Step 1 for one file: its header, its hash, and the document when it is kept for the check. */
export function scanFile(f: FileToValidate, cwd: string, mode: ParseMode, options: ScanOptions): { header: HeaderDocument | undefined; hash: string; doc?: LoadedDocument } {
  if (options.fromFields && !options.overlays?.texts.has(f.absPath)) {
    const read = options.bytes ?? readBytes(f.absPath);
    const header = 'bytes' in read ? planHeaderFromLines(f.file, read.bytes) : undefined;
    if (header) return { header, hash: 'bytes' in read && options.hash ? options.hash(read.bytes) : '' };
    options = { ...options, bytes: read };
  }
  const { doc, hash } = loadFile(f, cwd, mode, options.overlays, options.bytes, options.hash);
  return { header: doc ? headerOf(doc) : undefined, hash, doc: doc && keepWhenScanned(doc, options.keepAll) ? doc : undefined };
}


/** Loads a file, reading its bytes only once (they are hashed for the cache and parsed). */
export function loadFile(f: FileToValidate, cwd: string, mode: ParseMode, overlays?: Overlays, bytes?: FileBytes, hash?: (bytes: Buffer) => string): { doc: LoadedDocument | undefined; hash: string } {
  const read = hash && !overlays?.texts.has(f.absPath) ? (bytes ?? readBytes(f.absPath)) : bytes;
  const doc = loadWithOverlays(f.absPath, cwd, f.explicit, mode, overlays, read);
  return { doc, hash: read && hash && 'bytes' in read ? hash(read.bytes) : '' };
}

/**
 * Whether a document loaded for its header is kept for the check: all of them when the
 * repository fits in one batch; else the directives and agencies registries, always context.
 */
function keepWhenScanned(doc: LoadedDocument, keepAll: boolean): boolean {
  return keepAll || doc.kind === 'directive' || doc.kind === 'agencies';
}

/**
 * Step 3 for one thread: the context and one batch of `share` held in full at a time, every
 * other document as its header. `held`: documents already loaded (step 1 of this thread).
 */
export function checkInBatches(input: CheckInput, held: Map<number, LoadedDocument>, load: (index: number) => LoadedDocument | undefined): CheckOutput {
  const context = new Set(input.context);
  const corrected: CorrectedHeader[] = [];
  const fullAt = (index: number): LoadedDocument | undefined => {
    let doc = held.get(index);
    if (!doc) {
      doc = load(index);
      if (doc) held.set(index, doc);
      if (input.confirmHeaders) {
        const header = doc ? headerOf(doc) : undefined;
        if (!sameHeader(header, input.headers[index])) corrected.push({ index, header });
      }
    }
    return doc;
  };
  for (const index of context) fullAt(index);
  let peak = held.size;
  const out: CheckOutput['diagnostics'] = [];
  const runMemos = new RunMemos();
  // Streaming, with nothing held but the context: the run's documents are indexed once and each
  // batch laid over them (repository.ts StreamedDocuments).
  const streamed =
    input.batchSize !== Infinity && [...held.keys()].every((index) => context.has(index))
      ? new StreamedDocuments(input.headers.flatMap((header, index) => held.get(index) ?? header ?? []))
      : undefined;
  for (let start = 0; start < input.share.length; start += input.batchSize) {
    const batch = input.share.slice(start, start + input.batchSize);
    const mine = new Map<LoadedDocument, number>();
    for (const index of batch) {
      const doc = fullAt(index);
      if (doc) mine.set(doc, index);
    }
    peak = Math.max(peak, held.size);
    const found = runRules(streamed?.withBatch([...mine.keys()], runMemos) ?? wholeBatch(input, held, runMemos), input.config, input.lang, [], new Set(mine.keys()));
    const byFile = groupByFile(found);
    for (const [doc, index] of mine) out.push({ index, diagnostics: byFile.get(doc.file) ?? [] });
    // Dropped before the next batch, so that only the context stays in full (unless the
    // repository is held whole: one batch of all).
    if (input.batchSize !== Infinity) for (const index of batch) if (!context.has(index)) held.delete(index);
  }
  return { diagnostics: out, peakFullDocuments: peak, corrected };
}

/** A batch's repository built from every document of the run (one batch of all, or documents held beside the context). */
function wholeBatch(input: CheckInput, held: Map<number, LoadedDocument>, runMemos: RunMemos): Repository {
  // Global file order, so that "first" (duplicate ids) means the same in every batch and thread.
  const documents: HeldDocument[] = [];
  input.headers.forEach((header, index) => {
    const doc = held.get(index) ?? header;
    if (doc) documents.push(doc);
  });
  return new Repository(documents, runMemos);
}

/** One run of the engine: its steps, whichever thread does the work. */
class EngineRun {
  readonly cwd: string;
  readonly mode: ParseMode;
  readonly files: FileToValidate[];
  /** The repository fits in one batch: held whole. */
  readonly keepAll: boolean;
  private readonly scope: RepositoryScope;
  private readonly lang: Lang;
  private readonly config: ConfigModel;
  private readonly configDocument: LoadedDocument | undefined;
  readonly batchSize: number;
  /** Step 1 reads a plan's header from its header fields alone (see ScanOptions). */
  private fromFields: boolean;
  private headersCorrected = 0;
  private readonly known: (CachedFile | undefined)[] = [];
  private readonly bytes: (FileBytes | undefined)[] = [];
  private readonly headers: (HeaderDocument | undefined)[] = [];
  private readonly hashes: string[] = [];
  private readonly held = new Map<number, LoadedDocument>();
  private readonly results: (Diagnostic[] | undefined)[] = [];
  private context: number[] = [];
  private contextKey = '';
  private peak = 0;

  constructor(
    private readonly request: ValidateRequest,
    private readonly options: Omit<EngineOptions, 'workers' | 'minFiles'>,
  ) {
    this.cwd = request.cwd;
    this.lang = request.lang;
    this.mode = request.mode ?? 'fast';
    this.scope = request.scope ?? resolveRepository(request.paths, request.cwd, request.repo, request.lang);
    ({ configDocument: this.configDocument, config: this.config } = loadConfig(this.scope, this.cwd, request.overlays));
    // Built field by field: a spread gave each file its own hidden class in V8 (about 200 bytes
    // a file in this thread, 20 MB at 100,000 plans, issue 13).
    this.files = filesOf(this.scope, this.cwd, request.overlays).map(({ absPath, explicit, linkNotFollowed }) => {
      const f: FileToValidate = { absPath, file: displayPath(absPath, this.cwd), explicit };
      if (linkNotFollowed !== undefined) f.linkNotFollowed = linkNotFollowed;
      return f;
    });
    // A repository that fits in one batch is held whole: each document is then loaded once.
    this.keepAll = this.files.length <= (options.wholeUpTo ?? WHOLE_UP_TO);
    this.batchSize = this.keepAll ? Infinity : Math.max(1, options.batchSize ?? BATCH_SIZE);
    // Only when streaming (held whole, each plan is loaded once anyway), and only when every
    // plan whose header is read so will be loaded in full to be checked, and so confirm it: with
    // a cache every file step 1 reads is checked; without one, the named paths must be all.
    this.fromFields = !this.keepAll && (options.cache !== undefined || this.files.every((f) => isReported(this.scope, f.absPath)));
    const cache = options.cache;
    this.files.forEach((f, index) => {
      const found = cache?.lookup(f) ?? {};
      this.known[index] = found.known;
      this.bytes[index] = found.bytes;
      if (found.known) [this.headers[index], this.hashes[index]] = [found.known.header, found.known.hash];
    });
  }

  /** The files whose header the cache does not know: step 1 loads them. */
  unknownFiles(): number[] {
    return this.files.flatMap((_, index) => (this.known[index] ? [] : [index]));
  }

  scanInThread(indexes: readonly number[]): void {
    for (const [n, index] of indexes.entries()) {
      const bytes = this.bytes[index];
      this.bytes[index] = undefined;
      const { header, hash, doc } = scanFile(this.files[index], this.cwd, this.mode, { ...this.scanOptions(), overlays: this.request.overlays, bytes });
      [this.headers[index], this.hashes[index]] = [header, hash];
      if (doc) this.held.set(index, doc);
      this.peak = Math.max(this.peak, this.held.size);
      this.request.onProgress?.(n + 1, indexes.length);
    }
    if (indexes.length > 0) shareHeaderStrings(this.headers);
  }

  scanOptions(): ScanOptions {
    const cache = this.options.cache;
    return { keepAll: this.keepAll, fromFields: this.fromFields, hash: cache && ((b) => cache.hash(b)) };
  }

  /** Headers that the documents read in full did not confirm: the next check reads every plan in full. */
  correctHeaders(corrected: readonly CorrectedHeader[]): void {
    for (const c of corrected) this.headers[c.index] = c.header;
    this.headersCorrected += corrected.length;
    this.fromFields = false;
  }

  acceptScans(scanned: readonly ScannedFile[]): void {
    for (const s of scanned) {
      // The worker's copy of the display path is dropped for this thread's own.
      if (s.header) s.header.file = this.files[s.index].file;
      [this.headers[s.index], this.hashes[s.index]] = [s.header, s.hash];
    }
    shareHeaderStrings(this.headers);
    this.request.onProgress?.(scanned.length, scanned.length);
  }

  /** Step 2: the context, and the documents whose diagnostics cannot be reused (to check). */
  plan(): number[] {
    const parentIds = parentIdsOf(this.headers);
    this.context = this.files.flatMap((_, index) => (isContext(this.headers[index], parentIds) ? [index] : []));
    const cache = this.options.cache;
    if (cache) {
      const inContext = new Set(this.context);
      const settings = [this.lang, this.mode, this.config, this.configDocument?.file ?? null];
      this.contextKey = cache.contextKey(
        settings,
        this.files.map((f, index) => ({ file: f.file, header: this.headers[index], hash: this.hashes[index] ?? '', inContext: inContext.has(index) })),
      );
      this.files.forEach((f, index) => {
        if (this.known[index]) this.results[index] = cache.diagnostics(f, this.contextKey);
      });
    }
    // The cache covers the whole repository (a run on one file fills it for all); without it,
    // only the named paths' documents are checked, against the whole repository.
    const wanted = (index: number) => cache !== undefined || isReported(this.scope, this.files[index].absPath);
    return this.files.flatMap((_, index) => (this.headers[index] && !this.results[index] && wanted(index) ? [index] : []));
  }

  checkInput(share: readonly number[]): CheckInput {
    return { files: this.files, headers: this.headers, confirmHeaders: this.fromFields, context: this.context, share, cwd: this.cwd, mode: this.mode, config: this.config, lang: this.lang, batchSize: this.batchSize };
  }

  checkInThread(share: readonly number[]): CheckOutput {
    if (share.length === 0) return { diagnostics: [], peakFullDocuments: this.held.size, corrected: [] };
    return checkInBatches(this.checkInput(share), this.held, (index) => this.load(index).doc);
  }

  acceptChecks(output: CheckOutput): void {
    for (const { index, diagnostics } of output.diagnostics) this.results[index] = diagnostics;
    this.peak = Math.max(this.peak, output.peakFullDocuments);
  }

  /** The repository held whole after step 1 (`readRepository`). */
  whole(): LoadedRepository {
    const documents = this.files.flatMap((_, index) => this.held.get(index) ?? []);
    const reported = new Set(this.files.flatMap((f, index) => (isReported(this.scope, f.absPath) ? (this.held.get(index) ?? []) : [])));
    return { repo: new Repository(documents), configDocument: this.configDocument, config: this.config, reported };
  }

  finish(): EngineResult {
    const cache = this.options.cache;
    const diagnostics: Diagnostic[] = this.configDocument ? runRules(new Repository([]), this.config, this.lang, [this.configDocument], new Set()) : [];
    const files: string[] = [];
    const held: HeldDocument[] = [];
    this.files.forEach((f, index) => {
      const header = this.headers[index];
      const own = this.results[index] ?? [];
      cache?.record(f, { hash: this.hashes[index] ?? '', header, diagnostics: own }, this.contextKey);
      if (!header) return;
      held.push(this.held.get(index) ?? header);
      if (!isReported(this.scope, f.absPath)) return;
      files.push(f.file);
      diagnostics.push(...own);
    });
    cache?.save();
    const sorted = sortDiagnostics(diagnostics);
    return {
      documents: files.length,
      files,
      diagnostics: sorted,
      summary: summarise(sorted),
      repo: new Repository(held),
      config: this.config,
      scope: this.scope,
      peakFullDocuments: this.peak,
      headersCorrected: this.headersCorrected,
    };
  }

  private load(index: number): { doc: LoadedDocument | undefined; hash: string } {
    const bytes = this.bytes[index];
    this.bytes[index] = undefined;
    return loadFile(this.files[index], this.cwd, this.mode, this.request.overlays, bytes, this.options.cache && ((b) => this.options.cache!.hash(b)));
  }
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

/** Runs every enabled rule on the `only` documents (and `extra`), with `repo` as their context. */
export function runRules(repo: Repository, config: ConfigModel, lang: Lang, extra: LoadedDocument[] = [], only?: ReadonlySet<LoadedDocument>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const checked = [...(only ? repo.documents.filter((doc) => only.has(doc)) : repo.documents), ...extra];
  for (const rule of rules) {
    if (rule.kinds === 'suppressions') continue;
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    for (const doc of checked) {
      let findings: Finding[];
      try {
        if (rule.kinds === 'any') findings = rule.checkFile(doc, repo);
        else if (isChecked(doc) && (rule.kinds as readonly string[]).includes(doc.kind)) {
          findings = rule.check(doc as CheckedDocument<never>, repo);
        } else continue;
      } catch (e) {
        // A rule that throws is a bug in kehoach, not in the plan: say which, and where.
        throw new RuleCrash(rule.id, doc.file, e);
      }
      for (const f of findings) diagnostics.push(localise(rule, severity, doc, f, lang));
    }
  }
  return sortDiagnostics(suppressInline(diagnostics, checked, config, lang));
}

/**
 * A file's diagnostics are final here: its inline suppressions are applied (so the cache and
 * the worker threads hold what is reported), then the suppress/* rules report on the comments.
 */
function suppressInline(diagnostics: Diagnostic[], checked: readonly LoadedDocument[], config: ConfigModel, lang: Lang): Diagnostic[] {
  const withComments = checked.filter((doc) => doc.source.suppressions.length > 0);
  if (withComments.length === 0) return diagnostics;
  const files = new Set(withComments.map((doc) => doc.file));
  const result = diagnostics.filter((d) => !files.has(d.file));
  for (const doc of withComments) {
    const { kept, unused } = applySuppressions(diagnostics.filter((d) => d.file === doc.file), doc.source.suppressions);
    result.push(...kept);
    for (const rule of rules) {
      if (rule.kinds !== 'suppressions') continue;
      const severity = severityOf(rule, config);
      if (severity === 'off') continue;
      for (const f of rule.checkSuppressions(doc.source.suppressions, unused)) result.push(localise(rule, severity, doc, f, lang));
    }
  }
  return result;
}

/** The range of a finding's place, resolved here, once: the YAML is walked only for findings. */
function rangeOf(doc: LoadedDocument, at: Place): Range {
  if ('range' in at) return at.range;
  return at.offsets ? doc.source.rangeIn(at.path, at.offsets[0], at.offsets[1]) : doc.source.rangeOf(at.path, at.part);
}

function localise(rule: Rule, severity: Severity, doc: LoadedDocument, f: Finding, lang: Lang): Diagnostic {
  const file = doc.file;
  const messages: Record<string, Bilingual | undefined> = rule.messages;
  // The type keeps a finding's ids among its rule's messages; one that is not (ESLint throws
  // on an unknown messageId) is a bug of the rule, never a text silently left out.
  const text = (id: string): string => {
    const message = messages[id];
    if (!message) throw new RuleCrash(rule.id, file, new Error(`no message "${id}"`));
    return message[lang];
  };
  const d: Diagnostic = { rule: rule.id, severity, file, range: rangeOf(doc, f.at), message: fill(text(f.message), f.data) };
  if (f.hint) d.hint = fill(text(f.hint), f.hintData ?? f.data);
  if (f.fix) d.fix = f.fix;
  return d;
}
