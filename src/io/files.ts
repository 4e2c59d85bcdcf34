// The one way kehoach writes a file (spec/cli.md "What render (and every command that writes)
// may write"): every byte written (a short write is retried, never ignored), flushed with fsync,
// then renamed into place — so that an existing file is only ever replaced by a complete one —
// and no temporary file or folder left behind on success, failure, Ctrl-C or SIGTERM.
import { closeSync, fsyncSync, linkSync, lstatSync, mkdtempSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { explainOsError } from '../diagnostics/os-errors.js';

/** The two calls that put bytes on disk, injectable so that a test can make the disk "full". */
export interface WriteCalls {
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
}

const REAL_CALLS: WriteCalls = { writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length), fsyncSync };

export interface WriteOptions {
  lang: Lang;
  /** How the target is named in messages (a path relative to the current folder). */
  shown?: string;
  /** false (init, new plan): an existing file is never replaced — exit 2 instead. */
  overwrite?: boolean;
  calls?: WriteCalls;
}

// ---- Cleanup on every exit path -------------------------------------------------------------

const pending = new Set<() => void>();

function runPending(): void {
  for (const cleanup of [...pending]) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is ending anyway.
    }
  }
  pending.clear();
}

// Ctrl-C (or a CI job's SIGTERM) would end the process without running any `finally`: clean up,
// then die of the same signal (exit status 130 / 143 in a shell), as if it had not been caught.
function onSignal(signal: NodeJS.Signals): void {
  runPending();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', runPending);
}

function uninstall(): void {
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.removeListener('exit', runPending);
}

/** Runs `cleanup` should the process be interrupted before the returned release is called. */
export function cleanupOnExit(cleanup: () => void): () => void {
  if (pending.size === 0) install();
  pending.add(cleanup);
  return () => {
    pending.delete(cleanup);
    if (pending.size === 0) uninstall();
  };
}

// ---- Writing ---------------------------------------------------------------------------------

/** An error of our own for a write that made no progress (the disk took nothing more). */
function shortWrite(): NodeJS.ErrnoException {
  return Object.assign(new Error('short write'), { code: 'ESHORTWRITE' });
}

/** Writes every byte (retrying a partial write) and flushes it to the disk. */
function writeFully(fd: number, bytes: Uint8Array, calls: WriteCalls): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = calls.writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(written > 0)) throw shortWrite();
    offset += written;
  }
  calls.fsyncSync(fd);
}

/** Creates `path` (which must not exist: never through a link someone left there) with `bytes`. */
function createFile(path: string, bytes: Uint8Array, calls: WriteCalls): void {
  const fd = openSync(path, 'wx');
  try {
    writeFully(fd, bytes, calls);
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(shown: string, error: unknown, lang: Lang): UserError {
  return new UserError(lang === 'en' ? `Cannot write "${shown}": ${explainOsError(error, lang)}.` : `Không ghi được tệp "${shown}": ${explainOsError(error, lang)}.`);
}

/** The target as it is now: refuses a folder, a link, and (without `overwrite`) any existing file. */
function checkTarget(target: string, shown: string, overwrite: boolean, lang: Lang): void {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return; // nothing there yet: the usual case
  }
  if (stat.isSymbolicLink()) {
    throw new UserError(
      lang === 'en'
        ? `"${shown}" is a symbolic link; kehoach never writes through a link. Name the real file, or another file.`
        : `"${shown}" là một liên kết (symlink); kehoach không ghi qua liên kết. Hãy chỉ ra tệp thật hoặc một tệp khác.`,
    );
  }
  if (stat.isDirectory()) throw cannotWrite(shown, 'EISDIR', lang);
  if (!stat.isFile()) {
    throw new UserError(lang === 'en' ? `"${shown}" is not a regular file; kehoach does not write to it.` : `"${shown}" không phải một tệp thường; kehoach không ghi vào đó.`);
  }
  if (!overwrite) {
    throw new UserError(lang === 'en' ? `"${shown}" already exists; not overwritten (nothing was written).` : `Tệp "${shown}" đã có; không ghi đè (chưa ghi gì).`);
  }
}

/** Puts the complete temporary file in place: a rename, or (no overwrite) a link that fails if the target appeared meanwhile. */
function commit(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) return renameSync(temp, target);
  try {
    linkSync(temp, target);
  } catch (e) {
    // A file system without hard links (FAT, some network drives): the check just made stands.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e;
    renameSync(temp, target);
    return;
  }
  unlinkSync(temp);
}

/**
 * Writes `bytes` to `target` through a temporary file beside it. `beforeCommit` runs between the
 * flushed temporary file and the rename (render's interruption test pauses there).
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, options: WriteOptions, beforeCommit?: () => Promise<void>): Promise<void> {
  const { temp, release } = prepare(target, bytes, options);
  try {
    if (beforeCommit) await beforeCommit();
    finish(temp, target, options);
  } finally {
    release();
  }
}

/** The same, for the synchronous commands (init, new plan). */
export function writeFileSafelySync(target: string, bytes: Uint8Array | string, options: WriteOptions): void {
  const { temp, release } = prepare(target, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, options);
  try {
    finish(temp, target, options);
  } finally {
    release();
  }
}

function prepare(target: string, bytes: Uint8Array, options: WriteOptions): { temp: string; release: () => void } {
  const shown = options.shown ?? target;
  const overwrite = options.overwrite ?? true;
  checkTarget(target, shown, overwrite, options.lang);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const release = cleanupOnExit(() => rmSync(temp, { force: true }));
  try {
    // A leftover of a killed run with the same pid (or a planted link) is removed, not written through.
    rmSync(temp, { force: true });
    createFile(temp, bytes, options.calls ?? REAL_CALLS);
  } catch (e) {
    rmSync(temp, { force: true });
    release();
    throw cannotWrite(shown, e, options.lang);
  }
  return { temp, release };
}

function finish(temp: string, target: string, options: WriteOptions): void {
  const shown = options.shown ?? target;
  try {
    // Checked again: the pause before the rename is long enough for a folder or link to appear.
    checkTarget(target, shown, options.overwrite ?? true, options.lang);
    commit(temp, target, options.overwrite ?? true);
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof UserError) throw e;
    throw cannotWrite(shown, e, options.lang);
  }
}

// ---- Temporary folders -----------------------------------------------------------------------

/** A fresh folder in the system's temporary folder, removed however `work` ends. */
export async function withTempFolder<T>(prefix: string, lang: Lang, work: (folder: string) => Promise<T>): Promise<T> {
  let folder: string;
  try {
    folder = mkdtempSync(join(tmpdir(), prefix));
  } catch (e) {
    throw cannotUseTemp(e, lang);
  }
  const release = cleanupOnExit(() => rmSync(folder, { recursive: true, force: true }));
  try {
    return await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    release();
  }
}

/** Writes a new file inside a temporary folder (completely, or a clear error about the temporary folder). */
export function writeTempFile(path: string, bytes: Uint8Array, lang: Lang, calls: WriteCalls = REAL_CALLS): void {
  try {
    createFile(path, bytes, calls);
  } catch (e) {
    throw cannotUseTemp(e, lang);
  }
}

function cannotUseTemp(error: unknown, lang: Lang): UserError {
  return new UserError(
    lang === 'en'
      ? `Cannot use the temporary folder ${tmpdir()}: ${explainOsError(error, lang)}. (TMPDIR may name another folder.)`
      : `Không dùng được thư mục tạm ${tmpdir()}: ${explainOsError(error, lang)}. (Có thể chỉ định thư mục khác bằng biến TMPDIR.)`,
  );
}
