// YAML text → a document that keeps its source positions. Ranges are computed only when a
// finding asks for them (Spectral's lazy ranges), so a clean file pays only for the parse.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';

export type YamlPath = readonly (string | number)[];

/** A problem found while reading a file, before any rule runs; schema/* rules report these. */
export interface LoadProblem {
  rule: 'schema/syntax' | 'schema/unknown-key' | 'schema/missing' | 'schema/type';
  range: Range;
  message: string;
  data?: Record<string, string | number>;
  hint?: string;
  hintData?: Record<string, string | number>;
}

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
  readonly lineCounter = new LineCounter();
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** 1-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    const p = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: p.line, column: p.col };
  }

  range(from: number, to: number): Range {
    return { start: this.position(from), end: this.position(Math.max(from, to)) };
  }
}

export type RangePart = 'key' | 'value';

export class YamlSource extends SourceText {
  doc!: Document.Parsed;

  parse(): void {
    this.doc = parseDocument(this.text, {
      lineCounter: this.lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      // YAML 1.2 core schema: `2023-04-03` stays a string, `yes` stays a string.
      schema: 'core',
      strict: true,
    });
  }

  /** The node at a path, with the pair that holds it when it is a mapping value. */
  locate(path: YamlPath): { node: Node | null; pair: Pair | null; depth: number } {
    let node: unknown = this.doc.contents;
    let pair: Pair | null = null;
    let depth = 0;
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
   * A span [from, to) of the string value at a path, in source coordinates. Exact for plain
   * and quoted scalars written on one line without escapes; otherwise the whole scalar, so
   * the finding is never placed on the wrong characters.
   */
  rangeIn(path: YamlPath, from: number, to: number): Range {
    const { node, depth } = this.locate(path);
    if (depth !== path.length || !isScalar(node) || !node.range || typeof node.value !== 'string') {
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
      const mapped = mapFlowOffsets(raw.slice(quote, raw.length - quote), start + quote, node.value, from, to);
      if (mapped) return this.range(mapped[0], mapped[1]);
    }
    return this.range(start, end);
  }
}

/**
 * Map offsets of a folded or multi-line string back into its source: the value's words
 * appear in the source in the same order, separated by line breaks and indentation instead
 * of single spaces. Returns null when the text does not line up (escapes).
 */
function mapFlowOffsets(raw: string, base: number, value: string, from: number, to: number): [number, number] | null {
  return alignByCharacters(raw, base, value, from, to);
}

function mapBlockOffsets(text: string, start: number, end: number, value: string, from: number, to: number): [number, number] | null {
  // Skip the header line (`>-`, `|`) and align the rest.
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return null;
  return alignByCharacters(text.slice(headerEnd + 1, end), headerEnd + 1, value, from, to);
}

/** Walk value and source together; whitespace in either is matched loosely. */
function alignByCharacters(source: string, base: number, value: string, from: number, to: number): [number, number] | null {
  let i = 0; // in source
  let j = 0; // in value
  let startOffset = -1;
  let endOffset = -1;
  const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';
  while (j <= value.length) {
    if (j === from && startOffset < 0) startOffset = base + i;
    if (j === to) {
      endOffset = base + i;
      break;
    }
    if (j === value.length) break;
    const v = value[j];
    if (isSpace(v)) {
      j++;
      if (i < source.length && isSpace(source[i])) {
        while (i < source.length && isSpace(source[i])) i++;
      }
      continue;
    }
    while (i < source.length && isSpace(source[i])) i++;
    if (i >= source.length || source[i] !== v) return null;
    i++;
    j++;
  }
  if (startOffset < 0 || endOffset < 0) return null;
  return [startOffset, endOffset];
}
