// Incremental validation from a content-hash cache in `.kehoach-cache/` at the repository
// root (issue 8): a province keeping every district's and commune's plan in one repository
// re-validates on every push, and most pushes change one plan. The engine (engine.ts) sees
// this class only through its `ValidationCache` interface.
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
import { relative, sep } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { readBytes, type FileBytes } from '../load/read.js';
import type { HeaderDocument } from '../repository/header.js';
import { contentHash } from './content-hash.js';
import { cacheLocation, readSigned, writeSigned, type CacheLocation } from './cache-store.js';
import type { CachedFile, ContextFile, FileToValidate, ValidationCache } from './engine.js';

const CACHE_FORMAT = 5;

/** A header as stored: without its display path, which depends on the folder the run starts in. */
type StoredHeader = Omit<HeaderDocument, 'file'>;

interface Entry {
  mtimeMs: number;
  size: number;
  hash: string;
  /** Named on the command line (a named file is never skipped, and a missing kind is an error). */
  explicit?: boolean;
  /** Not a kehoach document (no `kind:`), skipped by the walk. */
  skipped?: boolean;
  header?: StoredHeader;
  context?: string;
  diagnostics?: Diagnostic[];
}

interface CacheFile {
  format: number;
  tool: string;
  entries: Record<string, Entry>;
}

/**
 * A file modified within this window before the cache was written may have changed again
 * with the same size and timestamp (git's "racy clean" problem): its bytes are compared.
 */
const RACY_WINDOW_MS = 2000;

export class ResultCache implements ValidationCache {
  private readonly old: CacheFile & { writtenMs: number };
  private readonly next: CacheFile;
  /** Size and time of each file as seen by `lookup`, recorded with its result. */
  private readonly stats = new Map<string, { mtimeMs: number; size: number } | undefined>();
  /** The entries whose diagnostics `diagnostics` handed back: recorded again as they are. */
  private readonly reused = new Map<string, Entry>();
  /** The root with its separator: a file's key is its path after it. */
  private readonly rootPrefix: string;

  private constructor(
    private readonly location: CacheLocation,
    private readonly root: string,
    tool: string,
  ) {
    this.old = readCache(location, tool);
    this.next = { format: CACHE_FORMAT, tool, entries: Object.create(null) as Record<string, Entry> };
    this.rootPrefix = root.endsWith(sep) ? root : root + sep;
  }

  /**
   * The cache of the repository at `root`, or undefined when it cannot be used: no signing
   * key (the run is just not faster), or a cache folder that is a symlink (`warn` says so).
   */
  static open(root: string, toolVersion: string, env: Record<string, string | undefined>, lang: Lang, warn: (message: string) => void): ResultCache | undefined {
    const { location, refusal } = cacheLocation(root, env, lang);
    if (refusal) warn(refusal);
    return location ? new ResultCache(location, root, toolVersion) : undefined;
  }

  hash(bytes: Buffer): string {
    return contentHash(bytes);
  }

  lookup(f: FileToValidate): { known?: CachedFile; bytes?: FileBytes } {
    let stat: { mtimeMs: number; size: number } | undefined;
    try {
      const s = statSync(f.absPath);
      stat = { mtimeMs: s.mtimeMs, size: s.size };
    } catch {
      stat = undefined;
    }
    this.stats.set(f.absPath, stat);
    const old = this.old.entries[this.keyOf(f)];
    // A named file is loaded as named (never "skipped"; a missing kind is an error), a walked one as found.
    if (!stat || !old || (old.explicit ?? false) !== f.explicit) return {};
    const known = { hash: old.hash, header: old.skipped || !old.header ? undefined : { ...old.header, file: f.file } };
    if (old.mtimeMs === stat.mtimeMs && old.size === stat.size && stat.mtimeMs < this.old.writtenMs - RACY_WINDOW_MS) return { known };
    // Read to compare; when changed, the bytes are kept so that loading does not read the file again.
    const bytes = readBytes(f.absPath);
    if ('bytes' in bytes && contentHash(bytes.bytes) === old.hash) return { known };
    return { bytes };
  }

  contextKey(settings: unknown, files: readonly ContextFile[]): string {
    const listed = files.flatMap(({ file, header, hash, inContext }) => (header ? [[file, header.kind ?? null, header.id ?? null, header.record ?? null, inContext ? hash : null]] : []));
    return createHash('sha1').update(JSON.stringify([CACHE_FORMAT, this.next.tool, settings, listed])).digest('hex');
  }

  diagnostics(f: FileToValidate, contextKey: string): Diagnostic[] | undefined {
    const key = this.keyOf(f);
    const entry = this.old.entries[key];
    if (!entry) return undefined;
    if (entry.skipped) return [];
    // An undated plan is judged at today's date (agency/defunct): what was right yesterday may
    // not be today, so its findings are never reused.
    const undated = entry.header?.kind === 'plan' && entry.header.record !== undefined && entry.header.record.date == null;
    if (entry.context !== contextKey || undated) return undefined;
    this.reused.set(key, entry);
    return (entry.diagnostics ?? []).map((d) => ({ ...d, file: f.file }));
  }

  record(f: FileToValidate, result: { hash: string; header: HeaderDocument | undefined; diagnostics: readonly Diagnostic[] }, contextKey: string): void {
    const stat = this.stats.get(f.absPath);
    // A file that could not be read has no content hash: reported every time, never cached.
    if (!stat || !result.hash) return;
    const key = this.keyOf(f);
    // Unchanged bytes under an unchanged context: the old entry holds this very result (a
    // repository of 10,000 plans with one changed is 9,999 of these).
    const reused = this.reused.get(key);
    if (reused && reused.hash === result.hash && reused.context === contextKey) {
      this.next.entries[key] = reused.mtimeMs === stat.mtimeMs && reused.size === stat.size ? reused : { ...reused, mtimeMs: stat.mtimeMs, size: stat.size };
      return;
    }
    const base = { mtimeMs: stat.mtimeMs, size: stat.size, hash: result.hash, explicit: f.explicit };
    if (!result.header) {
      this.next.entries[key] = { ...base, skipped: true };
      return;
    }
    const { file: _file, ...header } = result.header;
    this.next.entries[key] = { ...base, header, context: contextKey, diagnostics: [...result.diagnostics] };
  }

  save(): void {
    writeSigned(this.location, this.next);
  }

  /** The file's path from the root, with the platform's separators. */
  private keyOf(f: FileToValidate): string {
    return f.absPath.startsWith(this.rootPrefix) ? f.absPath.slice(this.rootPrefix.length) : relative(this.root, f.absPath);
  }
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
      (e.header === undefined || (e.header !== null && typeof e.header === 'object' && e.header.held === 'header')) &&
      (e.diagnostics === undefined || (Array.isArray(e.diagnostics) && e.diagnostics.every((d) => d !== null && typeof d === 'object' && typeof d.rule === 'string'))),
  );
}
