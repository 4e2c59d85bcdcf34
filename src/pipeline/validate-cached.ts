// Incremental validation from a content-hash cache in `.kehoach-cache/` at the repository
// root (issue 8): a province keeping every district's and commune's plan in one repository
// re-validates on every push, and most pushes change one plan.
//
// What a document's diagnostics depend on: its own bytes, and a "context" shared by the whole
// repository — the tool version, the language, the config, the list of files with their kind
// and id (duplicate ids, references), the header of every directive and plan (number, date,
// issuer, type: what citations are checked against), and the full text of every directive,
// agencies registry and plan that is the parent of another (coverage, targets, deadlines).
// A plan whose body changed is re-checked alone; anything that changes the context re-checks
// everything; an undated plan (judged at today's date) is always re-checked. Cached
// diagnostics are reused only when both match exactly.
//
// The cache covers the whole repository (spec/cli.md): a run on one file fills it for all, and
// reports the named paths' part. It is trusted only when its signature checks (cache-store.ts).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { sortDiagnostics, summarise, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { discover } from '../load/discover.js';
import { isReported, loadPathsOf, resolveRepository } from '../load/config.js';
import { displayPath, readBytes, type FileBytes, type ParseMode } from '../load/read.js';
import type { ConfigModel } from '../model/schemas.js';
import type { LoadedDocument } from '../repository/document.js';
import { Repository } from '../repository/repository.js';
import { contentHash, headerOf, isContext, parentIdsOf, stubDocument, type Header } from './stubs.js';
import { loadDocument, type OnProgress } from '../repository/load.js';
import { loadConfig } from './load-run.js';
import { narrowToNamed, runRules, type ValidateResult } from './validate.js';
import { canRunInParallel, PARALLEL_MIN_FILES, validateInParallel, validateUncached } from './validate-parallel.js';
import { cacheLocation, readSigned, writeSigned, type CacheLocation } from './cache-store.js';

const CACHE_FORMAT = 3;

interface Entry {
  mtimeMs: number;
  size: number;
  hash: string;
  /** Named on the command line (a named file is never skipped, and a missing kind is an error). */
  explicit?: boolean;
  /** Not a kehoach document (no `kind:`), skipped by the walk. */
  skipped?: boolean;
  header?: Header;
  context?: string;
  diagnostics?: Diagnostic[];
}

interface CacheFile {
  format: number;
  tool: string;
  entries: Record<string, Entry>;
}

export interface CachedValidateOptions {
  toolVersion: string;
  mode?: ParseMode;
  onProgress?: OnProgress;
  /** Worker threads for a run that must check many files (1 = none). */
  workers?: number;
  /** From how many files to check the workers are used (default PARALLEL_MIN_FILES). */
  minFiles?: number;
  /** `--repo DIR`. */
  repo?: string;
  /** Where the signing key is found (the user's cache folder). */
  env: Record<string, string | undefined>;
  /** Says why the cache is not used when something is wrong with it (a symlinked folder). */
  warn: (message: string) => void;
}

/** The cache as read, or an empty one when it is missing, damaged, foreign or not of this tool. */
function readCache(location: CacheLocation, tool: string): CacheFile & { writtenMs: number } {
  const parsed = readSigned(location) as Partial<CacheFile> | undefined;
  if (parsed && parsed.format === CACHE_FORMAT && parsed.tool === tool && isEntries(parsed.entries)) {
    try {
      return { format: CACHE_FORMAT, tool, entries: parsed.entries, writtenMs: statSync(location.path).mtimeMs };
    } catch {
      // Removed meanwhile: start afresh.
    }
  }
  return { format: CACHE_FORMAT, tool, entries: Object.create(null) as Record<string, Entry>, writtenMs: 0 };
}

/** The shape every entry must have before it is used: a signed cache of a buggy run must not crash either. */
function isEntries(value: unknown): value is Record<string, Entry> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(
    (e: Partial<Entry> | null) =>
      e !== null &&
      typeof e === 'object' &&
      typeof e.mtimeMs === 'number' &&
      typeof e.size === 'number' &&
      typeof e.hash === 'string' &&
      (e.diagnostics === undefined || (Array.isArray(e.diagnostics) && e.diagnostics.every((d) => d !== null && typeof d === 'object' && typeof d.rule === 'string'))),
  );
}

/**
 * A file modified within this window before the cache was written may have changed again
 * with the same size and timestamp (git's "racy clean" problem): its bytes are compared.
 */
const RACY_WINDOW_MS = 2000;

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

export async function validateCached(paths: readonly string[], cwd: string, lang: Lang, options: CachedValidateOptions): Promise<ValidateResult & { repo: Repository; config: ConfigModel }> {
  const mode = options.mode ?? 'fast';
  const scope = resolveRepository(paths, cwd, options.repo, lang);
  const { root } = scope;
  const { location, refusal } = cacheLocation(root, options.env, lang);
  if (refusal) options.warn(refusal);
  if (!location) return validateUncached(paths, cwd, lang, { ...options, workers: options.workers ?? 1 });
  const { configDocument, config } = loadConfig(scope, cwd);
  const cache = readCache(location, options.toolVersion);
  const next: CacheFile = { format: CACHE_FORMAT, tool: options.toolVersion, entries: Object.create(null) as Record<string, Entry> };
  // The whole repository is validated (and cached); what is reported is the named paths' part.
  const files = discover(loadPathsOf(scope), cwd);
  const named = new Set(files.filter((f) => isReported(scope, f.absPath)).map((f) => displayPath(f.absPath, cwd)));

  // 1. Which files are unchanged: same size and mtime, or else the same bytes.
  // `bytes`: read to compare with the cache and found changed, kept so that loading does not
  // read the file again. A file the cache does not know is read once, when it is loaded.
  type Item = { absPath: string; key: string; file: string; explicit: boolean; entry?: Entry; hash: string; bytes?: FileBytes; stat: { mtimeMs: number; size: number } | undefined };
  const items: Item[] = [];
  for (const [index, f] of files.entries()) {
    const key = relative(root, f.absPath);
    const file = displayPath(f.absPath, cwd);
    let stat: Item['stat'];
    try {
      const s = statSync(f.absPath);
      stat = { mtimeMs: s.mtimeMs, size: s.size };
    } catch {
      stat = undefined;
    }
    const old = cache.entries[key];
    let hash = '';
    let entry: Entry | undefined;
    let bytes: FileBytes | undefined;
    if (stat && old && old.mtimeMs === stat.mtimeMs && old.size === stat.size && stat.mtimeMs < cache.writtenMs - RACY_WINDOW_MS) {
      entry = old;
      hash = old.hash;
    } else if (stat && old) {
      bytes = readBytes(f.absPath);
      if ('bytes' in bytes) {
        hash = contentHash(bytes.bytes);
        if (old.hash === hash) [entry, bytes] = [old, undefined];
      }
    }
    // A named file is loaded as named (never "skipped"; a missing kind is an error), a walked one as found.
    if (entry && (entry.explicit ?? false) !== f.explicit) entry = undefined;
    items.push({ absPath: f.absPath, key, file, explicit: f.explicit, entry, hash, bytes, stat });
    options.onProgress?.(index + 1, files.length);
  }

  const contextHashOf = (headerOfItem: (item: Item) => Header | undefined): string => {
    const parentIds = parentIdsOf(items.map(headerOfItem));
    const context = createHash('sha1');
    context.update(JSON.stringify([CACHE_FORMAT, options.toolVersion, lang, mode, config, configDocument?.file ?? null]));
    for (const item of items) {
      const h = headerOfItem(item);
      if (!h) continue;
      context.update(JSON.stringify([item.file, h]));
      if (isContext(h, parentIds)) context.update(item.hash);
    }
    return context.digest('hex');
  };

  // A first run, or one after a change to the context of many files: every file is checked,
  // so the work goes to the worker threads and the cache is filled from their results.
  const misses = items.filter((i) => !i.entry).length;
  if ((options.workers ?? 1) > 1 && misses >= (options.minFiles ?? PARALLEL_MIN_FILES) && canRunInParallel()) {
    const result = await validateInParallel(files, cwd, lang, { workers: options.workers ?? 2, mode, config, configDocument });
    const headerAt = new Map(items.map((item, index) => [item, result.headers.get(index)]));
    items.forEach((item, index) => (item.hash = result.hashes.get(index) ?? ''));
    const contextHash = contextHashOf((item) => headerAt.get(item));
    const byFile = groupByFile(result.diagnostics);
    for (const item of items) {
      if (!item.stat || !item.hash) continue;
      const header = headerAt.get(item);
      next.entries[item.key] = header
        ? { mtimeMs: item.stat.mtimeMs, size: item.stat.size, hash: item.hash, explicit: item.explicit, header, context: contextHash, diagnostics: byFile.get(item.file) ?? [] }
        : { mtimeMs: item.stat.mtimeMs, size: item.stat.size, hash: item.hash, explicit: item.explicit, skipped: true };
    }
    writeSigned(location, next);
    return { ...narrowToNamed(result, named, configDocument?.file), repo: result.repo, config };
  }

  // 2. Load what changed; stand in for the rest with their cached headers.
  const loaded = new Map<Item, LoadedDocument | undefined>();
  const load = (item: Item) => {
    if (!loaded.has(item)) {
      const bytes = item.bytes ?? readBytes(item.absPath);
      if ('bytes' in bytes && !item.hash) item.hash = contentHash(bytes.bytes);
      item.bytes = undefined;
      loaded.set(item, loadDocument(item.absPath, cwd, item.explicit, mode, bytes));
    }
    return loaded.get(item);
  };
  const headers = new Map<Item, Header | undefined>();
  for (const item of items) {
    if (item.entry) headers.set(item, item.entry.skipped ? undefined : item.entry.header);
    else {
      const doc = load(item);
      headers.set(item, doc ? headerOf(doc) : undefined);
    }
  }

  // 3. The context every document's diagnostics depend on.
  const parentIds = parentIdsOf(headers.values());
  const inContextInFull = (h: Header | undefined) => isContext(h, parentIds);
  const contextHash = contextHashOf((item) => headers.get(item));

  // 4. Reuse what can be reused; check the rest.
  // An undated draft is judged at today's date (agency/defunct): what was right yesterday may
  // not be today, so its findings are never reused.
  const undatedPlan = (item: Item) => item.entry?.header?.kind === 'plan' && item.entry.header.date == null;
  const reuse = (item: Item) =>
    item.entry !== undefined && (item.entry.skipped || (item.entry.context === contextHash && !undatedPlan(item)));
  const documents: LoadedDocument[] = [];
  const toCheck = new Set<LoadedDocument>();
  const anyStale = items.some((i) => !reuse(i));
  for (const item of items) {
    const h = headers.get(item);
    if (!h && item.entry?.skipped) continue;
    // Documents in the context are loaded in full whenever anything is re-checked, since the
    // rules of a changed plan read their parents' tasks, indicators and reports.
    const needFull = !reuse(item) || (anyStale && inContextInFull(h));
    const doc = needFull ? load(item) : item.entry ? stubDocument(item.file, item.entry.header) : load(item);
    if (!doc) continue;
    documents.push(doc);
    if (!reuse(item)) toCheck.add(doc);
  }
  const repo = new Repository(documents);
  const fresh = runRules(repo, config, lang, configDocument ? [configDocument] : [], toCheck);
  const freshByFile = groupByFile(fresh);

  const diagnostics: Diagnostic[] = [...(configDocument ? freshByFile.get(configDocument.file) ?? [] : [])];
  for (const item of items) {
    const doc = loaded.get(item);
    if (reuse(item) && item.entry) {
      next.entries[item.key] = { ...item.entry, mtimeMs: item.stat?.mtimeMs ?? 0, size: item.stat?.size ?? 0 };
      diagnostics.push(...(item.entry.diagnostics ?? []).map((d) => ({ ...d, file: item.file })));
      continue;
    }
    // Plain ranges: the cached copy must not keep the lazy getters' closures.
    const own = (freshByFile.get(item.file) ?? []).map((d) => ({ ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } }));
    diagnostics.push(...own);
    // A file that could not be read has no content hash: reported every time, never cached.
    if (!item.stat || !item.hash) continue;
    if (!doc) {
      next.entries[item.key] = { mtimeMs: item.stat.mtimeMs, size: item.stat.size, hash: item.hash, explicit: item.explicit, skipped: true };
      continue;
    }
    next.entries[item.key] = { mtimeMs: item.stat.mtimeMs, size: item.stat.size, hash: item.hash, explicit: item.explicit, header: headers.get(item), context: contextHash, diagnostics: own };
  }
  writeSigned(location, next);
  const sorted = sortDiagnostics(diagnostics);
  const whole = { documents: documents.length, files: documents.map((d) => d.file), diagnostics: sorted, summary: summarise(sorted) };
  return { ...narrowToNamed(whole, named, configDocument?.file), repo, config };
}
