// YAML text → a document that keeps its source positions. Ranges are computed only when a
// finding asks for them (Spectral's lazy ranges), so a clean file pays only for the parse.
import type { Document, Node, Pair } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import type { Suppression } from '../suppress/inline.js';
import type { ProblemMessage, ProblemRule } from './problem-messages.js';
import { yamlLib } from './yaml-lib.js';

export type YamlPath = readonly (string | number)[];

/** A problem of one rule: its message and hint are ids of that rule's catalogue (problem-messages.ts). */
export interface ProblemOf<R extends ProblemRule> {
  rule: R;
  range: Range;
  message: ProblemMessage<R>;
  data?: Record<string, string | number>;
  hint?: ProblemMessage<R>;
  hintData?: Record<string, string | number>;
}

/** A problem found while reading a file, before any rule runs; schema/* rules report these. */
export type LoadProblem = { [R in ProblemRule]: ProblemOf<R> }[ProblemRule];

/** Limits that keep a hostile file from exhausting memory or the stack. */
export const LIMITS = {
  /** Plans are tens of kilobytes; a file above this is not a plan someone typed. */
  maxFileBytes: 8 * 1024 * 1024,
  /** yaml's own default is 100; a real plan uses a handful of aliases at most. */
  maxAliasCount: 100,
  /** Deeper than any real plan (about 10 levels) by far. */
  maxDepth: 200,
};

export class SourceText {
  /** Offsets at which each line starts; computed on the first position asked for. */
  private lineStarts: number[] | undefined;
  private loaded: string | undefined;
  private readonly load: (() => string) | undefined;

  /**
   * `text` may be a function that reads it again: a clean file read by the fast path needs
   * its text only if a finding asks for a position, and holding every file's text (two bytes
   * a character for Vietnamese) doubled validate's memory on large repositories.
   */
  constructor(
    readonly file: string,
    text: string | (() => string),
  ) {
    if (typeof text === 'string') this.loaded = text;
    else this.load = text;
  }

  get text(): string {
    if (this.loaded === undefined) this.loaded = this.load ? this.load() : '';
    return this.loaded;
  }

  /** 1-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  }

  range(from: number, to: number): Range {
    return { start: this.position(from), end: this.position(Math.max(from, to)) };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export type RangePart = 'key' | 'value';

export class YamlSource extends SourceText {
  private parsed: Document.Parsed | undefined;
  /** Its `# kehoach-disable…` comments, parsed when the text was read (load/read.ts). */
  suppressions: readonly Suppression[] = [];

  /**
   * The full `yaml` document with node ranges. Parsed on first use: a clean file read by the
   * fast path (load/read.ts) never needs it, since ranges are asked for only by findings.
   */
  get doc(): Document.Parsed {
    return (this.parsed ??= this.parse());
  }

  parse(): Document.Parsed {
    return (this.parsed = yamlLib().parseDocument(this.text, {
      uniqueKeys: true,
      prettyErrors: false,
      // YAML 1.2 core schema: `2023-04-03` stays a string, `yes` stays a string.
      schema: 'core',
      strict: true,
    }));
  }

  /** The node at a path, with the pair that holds it when it is a mapping value. */
  locate(path: YamlPath): { node: Node | null; pair: Pair | null; depth: number } {
    let node: unknown = this.doc.contents;
    let pair: Pair | null = null;
    let depth = 0;
    const { isMap, isScalar, isSeq } = yamlLib();
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!found) break;
        pair = found as Pair;
        node = found.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        pair = null;
        node = node.items[segment];
      } else break;
      depth++;
    }
    return { node: (node as Node | null) ?? null, pair, depth };
  }

  /**
   * The range of the key or value at a path. A path that goes past what exists (a missing
   * key) gives the key of the deepest mapping that does exist, so the finding lands on the
   * line where the missing key belongs rather than on line 1.
   */
  rangeOf(path: YamlPath, part: RangePart = 'value'): Range {
    const { node, pair, depth } = this.locate(path);
    const complete = depth === path.length;
    const { isMap, isPair, isScalar, isSeq } = yamlLib();
    // An empty value (`lead:` with nothing after it) has no characters to point at: use its key.
    const emptyValue = complete && (!node || (isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1]));
    const usePair = pair && isPair(pair) && isScalar(pair.key) && (part === 'key' || !complete || emptyValue);
    if (usePair && pair) {
      const key = pair.key as Node;
      if (key.range) return this.range(key.range[0], key.range[1]);
    }
    if (!complete && depth === 0) return this.firstLineRange();
    if (node && node.range) {
      if (isMap(node) || isSeq(node)) {
        // A whole mapping or list: its first line is enough to find it.
        const start = node.range[0];
        const lineEnd = this.text.indexOf('\n', start);
        const end = Math.min(node.range[1], lineEnd === -1 ? this.text.length : lineEnd);
        return this.range(start, end > start ? end : node.range[1]);
      }
      return this.range(node.range[0], node.range[1]);
    }
    if (pair && isScalar(pair.key) && pair.key.range) return this.range(pair.key.range[0], pair.key.range[1]);
    return this.firstLineRange();
  }

  firstLineRange(): Range {
    const lineEnd = this.text.indexOf('\n');
    return this.range(0, lineEnd === -1 ? this.text.length : lineEnd);
  }

  /**
   * A span [from, to) of the string value at a path, in source coordinates. Exact for plain,
   * single- and double-quoted scalars (folded over lines, with escapes) and for literal and
   * folded block scalars; the whole scalar only when the source cannot be lined up with the
   * value, so a finding is never placed on the wrong characters.
   */
  rangeIn(path: YamlPath, from: number, to: number): Range {
    const { node, depth } = this.locate(path);
    if (depth !== path.length || !yamlLib().isScalar(node) || !node.range || typeof node.value !== 'string') {
      return this.rangeOf(path);
    }
    const [start, end] = node.range;
    const raw = this.text.slice(start, end);
    const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    const inner = raw.slice(quote, raw.length - quote);
    if (!raw.includes('\n') && inner === node.value) {
      return this.range(start + quote + from, start + quote + to);
    }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const mapped = mapBlockOffsets(this.text, start, end, node.value, from, to);
      if (mapped) return this.range(mapped[0], mapped[1]);
    }
    if (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      const mapped = mapFlowOffsets(inner, start + quote, node.value, from, to, node.type);
      if (mapped) return this.range(mapped[0], mapped[1]);
    }
    return this.range(start, end);
  }
}

/**
 * One piece of a scalar's source: a character that is itself in the value, an escape that
 * stands for one ("\\t", "\\u00e0", "''"), whitespace that folding may turn into a space or
 * drop, or an escaped line break that is dropped.
 */
interface SourceUnit {
  kind: 'char' | 'space' | 'skip';
  /** What it contributes to the value ('char' only). */
  text: string;
  /** Offsets in the whole source text, [from, to). */
  from: number;
  to: number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** The characters of a plain or block scalar: nothing is escaped. */
function plainUnits(source: string, base: number): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (let i = 0; i < source.length; i++) {
    units.push({ kind: isSpace(source[i]) ? 'space' : 'char', text: source[i], from: base + i, to: base + i + 1 });
  }
  return units;
}

// YAML 1.2, 5.7 "Escaped Characters".
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The pieces of a quoted scalar's inside (without the quotes); null on an escape it does not know. */
function quotedUnits(source: string, base: number, double: boolean): SourceUnit[] | null {
  const units: SourceUnit[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (!double && c === "'" && source[i + 1] === "'") {
      units.push({ kind: 'char', text: "'", from: base + i, to: base + i + 2 });
      i += 2;
    } else if (double && c === '\\') {
      const e = source[i + 1];
      if (e === '\n' || (e === '\r' && source[i + 2] === '\n')) {
        // An escaped line break joins the lines without a space.
        const len = e === '\r' ? 3 : 2;
        units.push({ kind: 'skip', text: '', from: base + i, to: base + i + len });
        i += len;
      } else if (e !== undefined && e in SIMPLE_ESCAPES) {
        units.push({ kind: 'char', text: SIMPLE_ESCAPES[e], from: base + i, to: base + i + 2 });
        i += 2;
      } else if (e !== undefined && e in HEX_ESCAPES) {
        const digits = source.slice(i + 2, i + 2 + HEX_ESCAPES[e]);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_ESCAPES[e]) return null;
        const len = 2 + digits.length;
        units.push({ kind: 'char', text: String.fromCodePoint(parseInt(digits, 16)), from: base + i, to: base + i + len });
        i += len;
      } else return null;
    } else {
      units.push({ kind: isSpace(c) ? 'space' : 'char', text: c, from: base + i, to: base + i + 1 });
      i++;
    }
  }
  return units;
}

/**
 * Map offsets of a flow scalar (plain, single- or double-quoted) back into its source: the
 * value's characters appear in the source in the same order, escapes decoded, line breaks
 * and indentation folded into single spaces. Returns null when the text does not line up.
 */
function mapFlowOffsets(
  inner: string,
  base: number,
  value: string,
  from: number,
  to: number,
  type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' = 'PLAIN',
): [number, number] | null {
  const units = type === 'PLAIN' ? plainUnits(inner, base) : quotedUnits(inner, base, type === 'QUOTE_DOUBLE');
  return units ? alignByCharacters(units, base + inner.length, value, from, to) : null;
}

function mapBlockOffsets(text: string, start: number, end: number, value: string, from: number, to: number): [number, number] | null {
  // Skip the header line (`>-`, `|`, perhaps with a comment) and align the rest.
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return null;
  return alignByCharacters(plainUnits(text.slice(headerEnd + 1, end), headerEnd + 1), end, value, from, to);
}

/**
 * Walk value and source together. A character of the value matches a 'char' piece of the same
 * text; a whitespace character of the value matches any run of source whitespace (folding
 * turns a line break and the next line's indentation into one space); source whitespace and
 * dropped line breaks before a character of the value are skipped. `sourceEnd` is the offset
 * just after the scalar's text.
 */
function alignByCharacters(units: readonly SourceUnit[], sourceEnd: number, value: string, from: number, to: number): [number, number] | null {
  const at = (u: number) => (u < units.length ? units[u].from : sourceEnd);
  const skipBlank = (u: number) => {
    while (u < units.length && units[u].kind !== 'char') u++;
    return u;
  };
  let u = 0;
  let j = 0;
  let startOffset = -1;
  let endOffset = -1;
  // Just after the last character consumed: where a span that ends here ends.
  let lastEnd = at(0);
  for (;;) {
    if (j === to && endOffset < 0) endOffset = lastEnd;
    if (j >= value.length) break;
    const v = value[j];
    const unit = units[u];
    if (unit && unit.kind === 'char' && value.startsWith(unit.text, j)) {
      // An escape may stand for two UTF-16 units (\U0001F600): a span starting inside it starts at it.
      if (startOffset < 0 && from >= j && from < j + unit.text.length) startOffset = unit.from;
      if (endOffset < 0 && to > j && to < j + unit.text.length) endOffset = unit.to;
      j += unit.text.length;
      lastEnd = unit.to;
      u++;
    } else if (isSpace(v)) {
      if (startOffset < 0 && j === from) startOffset = at(u);
      j++;
      u = skipBlank(u);
      lastEnd = u > 0 ? units[u - 1].to : lastEnd;
    } else if (unit && unit.kind !== 'char') {
      u = skipBlank(u);
    } else {
      return null;
    }
  }
  if (startOffset < 0 && from === value.length) startOffset = lastEnd;
  if (startOffset < 0 || endOffset < 0) return null;
  return [startOffset, Math.max(startOffset, endOffset)];
}
