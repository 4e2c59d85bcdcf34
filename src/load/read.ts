// One file from disk to a parsed YAML document with positions, or to the problems that stop it.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { isExplained, osErrorCode } from '../diagnostics/os-errors.js';
import { relative, sep } from 'node:path';
import jsYaml from 'js-yaml';
import { LIMITS, YamlSource, type LoadProblem, type ProblemOf } from './source.js';
import { syntaxProblems } from './yaml-errors.js';
import { yamlLib } from './yaml-lib.js';
import { parseSuppressions } from '../suppress/inline.js';

export interface ReadFile {
  source: YamlSource;
  /** The plain data, when the YAML was well-formed. */
  data: unknown;
  /** The `kind:` the file declares, if any (known before the model is checked). */
  kind: string | undefined;
  problems: LoadProblem[];
  /** Read by the fast parser: the full `yaml` document is built only if a range is needed. */
  fast: boolean;
  /** No mapping key of the data can be `__proto__` (see mayHoldProtoKey): the model check need not look for one. */
  noProtoKey?: boolean;
}

/**
 * `fast`: js-yaml first (about 10× faster than building `yaml`'s document, notes/performance.md),
 * falling back to the full parser for anything it declines or fails on; `full`: `yaml` only.
 * The caller re-reads a fast file in full mode when the model finds a problem, so that every
 * diagnostic comes from the same parser and carries the same position in both modes.
 */
export type ParseMode = 'fast' | 'full';

export function displayPath(absPath: string, cwd: string): string {
  // Asked for every file of a run: below the folder the run started in, the path is the rest.
  if (absPath.startsWith(cwd) && absPath[cwd.length] === sep && !absPath.includes('..') && sep === '/') return absPath.slice(cwd.length + 1);
  const rel = relative(cwd, absPath) || absPath;
  return rel.split(sep).join('/');
}

/** A file's bytes, or why they could not be had (a message of schema/syntax — or of `rule` — and its data). */
/** Why a file was not read: the problem to record on it, placed on its first line. */
type Failure = Omit<ProblemOf<'schema/syntax'>, 'range'> | Omit<ProblemOf<'doc/not-read'>, 'range'>;
export type FileBytes = { bytes: Buffer } | { failure: Failure };

/**
 * Files found by walking the repository that are links to somewhere outside it (spec/cli.md
 * "Files kehoach will not read"), by path, with where they point. Set by discover() for the run
 * that found them — readBytes() is called with a path only, by every pipeline (the cache and the
 * worker threads too) — so that no pipeline can read through such a link.
 */
const linksNotFollowed = new Map<string, string>();

export function markLinkNotFollowed(absPath: string, target: string): void {
  linksNotFollowed.set(absPath, target);
}

export function forgetLinkNotFollowed(absPath: string): void {
  linksNotFollowed.delete(absPath);
}

/** Where a path found by discover() points, if it is a link kehoach does not follow. */
export function linkNotFollowed(absPath: string): string | undefined {
  return linksNotFollowed.get(absPath);
}

/** What a file that is not a regular file is, as the message key of doc/not-read. */
export function specialKind(stat: Stats): 'not-read.fifo' | 'not-read.device' | 'not-read.socket' | undefined {
  if (stat.isFIFO()) return 'not-read.fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'not-read.device';
  if (stat.isSocket()) return 'not-read.socket';
  return undefined;
}

const CHUNK = 64 * 1024;

/**
 * Reads a file once: only a regular file, and never more than the size limit whatever `stat`
 * says (a /proc file reports size 0; a device or FIFO would never end). The file is opened
 * non-blocking, so that a FIFO swapped in after the check cannot hang the run either.
 */
export function readBytes(absPath: string): FileBytes {
  const outside = linksNotFollowed.get(absPath);
  if (outside !== undefined) return { failure: { rule: 'doc/not-read', message: 'not-read.outside', data: { target: outside } } };
  try {
    const stat = statSync(absPath);
    if (stat.isDirectory()) {
      // A folder lands here only when it could not be listed: say why (EACCES, not EISDIR).
      try {
        readdirSync(absPath);
      } catch (e) {
        return unreadable(e);
      }
      return unreadable('EISDIR');
    }
    const special = specialKind(stat);
    if (special) return { failure: { rule: 'doc/not-read', message: special } };
    if (stat.size > LIMITS.maxFileBytes) return tooLarge(stat.size);
    const fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      const swapped = specialKind(opened);
      if (swapped) return { failure: { rule: 'doc/not-read', message: swapped } };
      const chunks: Buffer[] = [];
      let total = 0;
      // The first read asks for the size stat gives and one byte more, so that a regular file
      // is read whole by one call and not copied again; what stat does not know comes after.
      let size = Math.min(Math.max(opened.size + 1, 4096), LIMITS.maxFileBytes + 1);
      for (;;) {
        const chunk = Buffer.allocUnsafe(size);
        const n = readSync(fd, chunk, 0, size, null);
        if (n === 0) break;
        total += n;
        if (total > LIMITS.maxFileBytes) return tooLarge(total, true);
        chunks.push(n === size ? chunk : chunk.subarray(0, n));
        size = CHUNK;
      }
      return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return unreadable(e);
  }
}

function unreadable(error: unknown): FileBytes {
  const code = typeof error === 'string' ? error : osErrorCode(error);
  // Explained codes have a message of their own (what happened and what to do).
  if (isExplained(code)) return { failure: { rule: 'schema/syntax', message: `load.unreadable.${code}` } };
  return { failure: { rule: 'schema/syntax', message: 'load.unreadable', data: { reason: code ?? String(error) } } };
}

/** `atLeast`: the file was still growing when reading stopped at the limit. */
function tooLarge(size: number, atLeast = false): FileBytes {
  return { failure: { rule: 'schema/syntax', message: 'load.too-large', data: { size: (atLeast ? '> ' : '') + formatMiB(size), limit: formatMiB(LIMITS.maxFileBytes) } } };
}

/**
 * Reads (unless the bytes are given) and parses; never throws for anything a file can contain.
 */
export function readYamlFile(absPath: string, cwd: string, mode: ParseMode = 'full', given?: FileBytes): ReadFile {
  const file = displayPath(absPath, cwd);
  const read = given ?? readBytes(absPath);
  if ('failure' in read) {
    const source = new YamlSource(file, '');
    return {
      source,
      data: undefined,
      kind: undefined,
      problems: [{ ...read.failure, range: source.firstLineRange() }],
      fast: false,
    };
  }
  return parseYamlText(file, read.bytes, [], mode, () => {
    // The lazy second read (for positions) goes through the same guard as the first.
    const again = readBytes(absPath);
    return decodeText('bytes' in again ? again.bytes : read.bytes);
  });
}

/**
 * Notepad's "Unicode" (UTF-16, little- or big-endian), with its byte-order mark or without: a
 * text whose every other byte is NUL in its first lines. Told apart from a binary file so that
 * the message says what to do (save it as UTF-8).
 */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  // YAML is mostly ASCII: one byte of each pair is NUL, the other hardly ever.
  return (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.1) || (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.1);
}

/** UTF-8 text without a leading BOM, as the parsers see it. */
function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYamlText(file: string, bytes: Buffer, problems: LoadProblem[] = [], mode: ParseMode = 'full', reread?: () => string): ReadFile {
  if (isUtf16(bytes)) {
    const source = new YamlSource(file, '');
    problems.push({ rule: 'schema/syntax', range: source.firstLineRange(), message: 'load.utf16' });
    return { source, data: undefined, kind: undefined, problems, fast: false };
  }
  if (bytes.includes(0)) {
    const source = new YamlSource(file, '');
    problems.push({ rule: 'schema/syntax', range: source.firstLineRange(), message: 'load.binary' });
    return { source, data: undefined, kind: undefined, problems, fast: false };
  }
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes)) {
    const source = new YamlSource(file, '');
    problems.push({ rule: 'schema/syntax', range: source.firstLineRange(), message: 'load.not-utf8' });
    return { source, data: undefined, kind: undefined, problems, fast: false };
  }
  // A BOM from Windows editors is not content; drop it so that columns stay right.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const source = new YamlSource(file, text);
  source.suppressions = parseSuppressions(text);
  if (mode === 'fast') {
    const data = fastParse(text);
    if (data !== DECLINED) {
      const kind = data !== null && typeof data === 'object' && typeof (data as { kind?: unknown }).kind === 'string' ? (data as { kind: string }).kind : undefined;
      // The text is read again only if a position is needed; should the file change in the
      // meantime (milliseconds), a position could be off, never the findings themselves.
      const lazySource = reread ? new YamlSource(file, reread) : source;
      lazySource.suppressions = source.suppressions;
      return { source: lazySource, data, kind, problems, fast: true, noProtoKey: !mayHoldProtoKey(bytes) };
    }
  }
  try {
    source.parse();
  } catch (e) {
    // The parser is recursive; a hostile nesting depth can exhaust the stack.
    problems.push({ rule: 'schema/syntax', range: source.firstLineRange(), message: 'load.too-deep' });
    return { source, data: undefined, kind: undefined, problems, fast: false };
  }
  const doc = source.doc;
  problems.push(...syntaxProblems(source, doc));
  const { isMap, isScalar } = yamlLib();
  const kindNode = isMap(doc.contents) ? doc.contents.get('kind', true) : undefined;
  const kind = isScalar(kindNode) && typeof kindNode.value === 'string' ? kindNode.value : undefined;
  if (doc.errors.length > 0) return { source, data: undefined, kind, problems, fast: false };
  if (depthOf(doc.contents) > LIMITS.maxDepth) {
    problems.push({ rule: 'schema/syntax', range: source.firstLineRange(), message: 'load.too-deep' });
    return { source, data: undefined, kind, problems, fast: false };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (e) {
    const message = e instanceof ReferenceError && /alias/i.test(e.message) ? 'load.alias-bomb' : 'load.invalid';
    problems.push({
      rule: 'schema/syntax',
      range: source.firstLineRange(),
      message,
      data: { limit: LIMITS.maxAliasCount, reason: e instanceof Error ? e.message : String(e) },
    });
    return { source, data: undefined, kind, problems, fast: false };
  }
  return { source, data, kind, problems, fast: false };
}

/** Nesting depth without recursion, so that a 10,000-level file cannot overflow the stack here. */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > LIMITS.maxDepth) return d;
    const items = (node as { items?: unknown[] } | null)?.items;
    if (Array.isArray(items)) {
      for (const item of items) {
        const pair = item as { key?: unknown; value?: unknown };
        if (pair && typeof pair === 'object' && 'value' in pair && 'key' in pair) stack.push([pair.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return max;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

const DECLINED = Symbol('declined');

/**
 * Whether a key of the YAML could be `__proto__` (model/check.ts looks for such keys): a key is
 * text of the file, or comes from its escapes ("\x5f_proto__"), so a file with neither the word
 * nor a backslash has none. Asked of the bytes, where a search is one native scan.
 */
function mayHoldProtoKey(bytes: Buffer): boolean {
  return bytes.includes('__proto__') || bytes.includes(0x5c);
}

/** A YAML alias (`*name`) where a value starts; prose such as "*in nghiêng*" also counts, harmlessly. */
export const ALIAS_LIKE = /(?:^|[\s[{,])\*[^\s[\]{},]/;

/**
 * js-yaml with the YAML 1.2 core schema, like the full parser (`2023-04-03` stays a string).
 * Declines files with aliases (js-yaml has no alias-count limit, so a billion-laughs file is
 * left to the full parser's limit) and anything js-yaml rejects (the full parser then gives
 * the diagnostic, at its own position).
 */
function fastParse(text: string): unknown {
  // Looking for the star first: the pattern is tried at every character, the star found by a
  // scan of the whole text at once, and most plans have none.
  if (text.includes('*') && ALIAS_LIKE.test(text)) return DECLINED;
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null;
  } catch {
    return DECLINED;
  }
}
