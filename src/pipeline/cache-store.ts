// Where validate's cache lives and how it is trusted (spec/cli.md "The cache"). The file
// `.kehoach-cache/validate.json` sits in the repository, where anyone who can push can write
// it: it is signed with an HMAC whose key lives outside the repository, in the user's cache
// folder. A cache that was edited, damaged, written by another version or comes from another
// machine (committed and cloned) fails the check and is simply recomputed — a cache can never
// make a broken plan pass. Nothing is ever written through a symlink or outside the repository.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { isInside } from '../load/config.js';
import { t } from './messages.js';

export const CACHE_FOLDER = '.kehoach-cache';
const CACHE_FILE = 'validate.json';
const KEY_FILE = 'cache-key';
/** Far above the cache of a repository of 10,000 plans (a few MB); anything larger is not ours. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * The folder of the signing key: KEHOACH_CACHE_HOME (tests), else $XDG_CACHE_HOME/kehoach,
 * else ~/.cache/kehoach.
 */
export function keyFolder(env: Record<string, string | undefined>): string {
  if (env.KEHOACH_CACHE_HOME) return env.KEHOACH_CACHE_HOME;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'kehoach');
  return join(env.HOME || homedir(), '.cache', 'kehoach');
}

/** This user's signing key, created on first use (mode 0600); undefined when it cannot be had. */
export function signingKey(env: Record<string, string | undefined>): Buffer | undefined {
  const folder = keyFolder(env);
  const path = join(folder, KEY_FILE);
  try {
    return readKey(path);
  } catch {
    // Not there yet: created below.
  }
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Written aside and linked into place: two first runs at once agree on one key.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(tmp, path);
    } catch {
      // Another run created it first: its key is the key.
    } finally {
      unlinkSync(tmp);
    }
    return readKey(path);
  } catch {
    return undefined;
  }
}

function readKey(path: string): Buffer {
  const text = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error('not a key');
  return Buffer.from(text, 'hex');
}

export interface CacheLocation {
  path: string;
  key: Buffer;
}

/**
 * The cache file of the repository at `root`, or why it is not used: the key could not be had
 * (no message: the run is just not faster), or the cache folder is a symlink or lies outside
 * the repository (a message: something is wrong with the checkout).
 */
export function cacheLocation(root: string, env: Record<string, string | undefined>, lang: Lang): { location?: CacheLocation; refusal?: string } {
  const folder = join(root, CACHE_FOLDER);
  const path = join(folder, CACHE_FILE);
  for (const p of [folder, path]) {
    let isLink = false;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      continue; // not there yet
    }
    if (isLink) return { refusal: refusalMessage(p, root, lang) };
  }
  try {
    if (!isInside(realpathSync(folder), realpathSync(root))) return { refusal: refusalMessage(folder, root, lang) };
  } catch {
    // The folder does not exist yet: it is created below the root.
  }
  const key = signingKey(env);
  return key ? { location: { path, key } } : {};
}

function refusalMessage(path: string, root: string, lang: Lang): string {
  const shown = path.slice(root.length + 1) || path;
  return `${t(lang, 'cache.not-plain', { shown })}\n`;
}

// The body is signed as bytes: a 10,000-plan cache is 6 MB of Vietnamese text, and signing the
// string would encode it to UTF-8 a second time (issue 13: the warm run).
function mac(key: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** The signed body of the cache, or undefined when it is missing, damaged or not this key's. */
export function readSigned(location: CacheLocation): unknown {
  try {
    // Only a plain file of a sane size is read: a FIFO or device put there must not hang the run.
    const stat = lstatSync(location.path);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
    const bytes = readFileSync(location.path);
    // "<hex mac>\n<json>": the signature covers the exact bytes of the body.
    if (bytes.indexOf(0x0a) !== 64) return undefined;
    const given = Buffer.from(bytes.toString('latin1', 0, 64), 'hex');
    const body = bytes.subarray(65);
    const expected = mac(location.key, body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes the signed cache in place (write aside, rename); a failed write leaves nothing behind. */
export function writeSigned(location: CacheLocation, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const tmp = `${location.path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(location.path, '..'), { recursive: true });
    removeIfThere(tmp); // a leftover of a run that was killed, with this same process id
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${mac(location.key, body).toString('hex')}\n`, 'latin1'), body]), { flag: 'wx' });
    renameSync(tmp, location.path);
  } catch {
    // A read-only checkout still validates; it just is not faster next time.
    removeIfThere(tmp);
  }
}

function removeIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Not there.
  }
}
