// One file from disk to a parsed YAML document with positions, or to the problems that stop it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import jsYaml from 'js-yaml';
import { isMap, isScalar } from 'yaml';
import { LIMITS, YamlSource, type LoadProblem } from './source.js';
import { syntaxProblems } from './yaml-errors.js';

export interface ReadFile {
  source: YamlSource;
  /** The plain data, when the YAML was well-formed. */
  data: unknown;
  /** The `kind:` the file declares, if any (known before the model is checked). */
  kind: string | undefined;
  problems: LoadProblem[];
  /** Read by the fast parser: the full `yaml` document is built only if a range is needed. */
  fast: boolean;
}

/**
 * `fast`: js-yaml first (about 10× faster than building `yaml`'s document, notes/performance.md),
 * falling back to the full parser for anything it declines or fails on; `full`: `yaml` only.
 * The caller re-reads a fast file in full mode when the model finds a problem, so that every
 * diagnostic comes from the same parser and carries the same position in both modes.
 */
export type ParseMode = 'fast' | 'full';

export function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath) || absPath;
  return rel.split(sep).join('/');
}

/** A file's bytes, or why they could not be had (a message of schema/syntax and its data). */
export type FileBytes = { bytes: Buffer } | { failure: string; data: Record<string, string | number> };

/** Reads a file once, refusing folders and files over the size limit before reading them. */
export function readBytes(absPath: string): FileBytes {
  try {
    const stat = statSync(absPath);
    if (stat.isDirectory()) {
      // A folder lands here only when it could not be listed: say why (EACCES, not EISDIR).
      try {
        readdirSync(absPath);
      } catch (e) {
        return { failure: 'load.unreadable', data: { reason: (e as NodeJS.ErrnoException).code ?? String(e) } };
      }
      return { failure: 'load.unreadable', data: { reason: 'EISDIR' } };
    }
    if (stat.size > LIMITS.maxFileBytes) {
      return { failure: 'load.too-large', data: { size: formatMiB(stat.size), limit: formatMiB(LIMITS.maxFileBytes) } };
    }
    return { bytes: readFileSync(absPath) };
  } catch (e) {
    return { failure: 'load.unreadable', data: { reason: (e as NodeJS.ErrnoException).code ?? String(e) } };
  }
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
      problems: [{ rule: 'schema/syntax', range: source.firstLineRange(), message: read.failure, data: read.data }],
      fast: false,
    };
  }
  return parseYamlText(file, read.bytes, [], mode, () => decodeText(readFileSync(absPath)));
}

/** UTF-8 text without a leading BOM, as the parsers see it. */
function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYamlText(file: string, bytes: Buffer, problems: LoadProblem[] = [], mode: ParseMode = 'full', reread?: () => string): ReadFile {
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
  if (mode === 'fast') {
    const data = fastParse(text);
    if (data !== DECLINED) {
      const kind = data !== null && typeof data === 'object' && typeof (data as { kind?: unknown }).kind === 'string' ? (data as { kind: string }).kind : undefined;
      // The text is read again only if a position is needed; should the file change in the
      // meantime (milliseconds), a position could be off, never the findings themselves.
      const lazySource = reread ? new YamlSource(file, reread) : source;
      return { source: lazySource, data, kind, problems, fast: true };
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

/** A YAML alias (`*name`) where a value starts; prose such as "*in nghiêng*" also counts, harmlessly. */
const ALIAS_LIKE = /(?:^|[\s[{,])\*[^\s[\]{},]/;

/**
 * js-yaml with the YAML 1.2 core schema, like the full parser (`2023-04-03` stays a string).
 * Declines files with aliases (js-yaml has no alias-count limit, so a billion-laughs file is
 * left to the full parser's limit) and anything js-yaml rejects (the full parser then gives
 * the diagnostic, at its own position).
 */
function fastParse(text: string): unknown {
  if (ALIAS_LIKE.test(text)) return DECLINED;
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null;
  } catch {
    return DECLINED;
  }
}
