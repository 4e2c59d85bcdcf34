// The one shape every finding takes, from the YAML parser to the last formatter.
// Positions are 1-based; columns count UTF-16 code units (as JS, VS Code and ESLint do);
// `end` is exclusive, as in SARIF and ESLint.
import { printable } from './printable.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';
/** A text in both languages of kehoach's output. */
export type Bilingual = { vi: string; en: string };

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** Relative to the current directory, with `/` separators. */
  file: string;
  range: Range;
  message: string;
  hint?: string;
  /** A certain replacement in the file's text (src/fix/fix.ts): `validate --fix`, the LSP's quick fix. */
  fix?: { range: Range; text: string };
  /**
   * In a Word document (`kehoach check`), the paragraph the finding is about: its 1-based number
   * in reading order, its first words, and its place in the document's plain text (SARIF).
   * `range` then holds the paragraph number as its line.
   */
  paragraph?: ParagraphLocation;
}

export interface ParagraphLocation {
  number: number;
  excerpt: string;
  charOffset: number;
  charLength: number;
}

/** Where a diagnostic is, as printed: `12:5` in a YAML file, `¶12 "Thực hiện Chỉ thị…"` in a DOCX. */
export function positionText(d: Diagnostic): string {
  return d.paragraph ? `¶${d.paragraph.number} "${d.paragraph.excerpt}"` : `${d.range.start.line}:${d.range.start.column}`;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function summarise(diagnostics: readonly Diagnostic[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** File, line, column, rule: the same order whatever order the rules ran in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** A mistake of the user (bad argument, unreadable path): exit 2, a message, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * A bug in kehoach met while a rule checked a file (notes/architecture.md: "A rule that throws
 * is a bug"): not the user's mistake, so the CLI reports it as an internal error that names the
 * rule and the file, with the stack only under KEHOACH_DEBUG=1.
 */
export class RuleCrash extends Error {
  constructor(
    readonly rule: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${rule} crashed on ${file}`, { cause });
    this.name = 'RuleCrash';
  }
}

/** One catalogue of an area's texts (cli/messages.ts, pipeline/messages.ts): each id in both languages. */
export type Catalogue = Record<string, Bilingual>;

/**
 * The typed lookup of a catalogue: `t(lang, id, data)`. An id the catalogue lacks is a type
 * error, so no text can fall back silently.
 */
export function translator<C extends Catalogue>(catalogue: C) {
  // What fills a message comes from files and the command line (a path, a name): its control
  // characters are escaped, so that a file named "x\n::error …" cannot start a line of the output.
  return (lang: Lang, id: keyof C & string, data?: Record<string, string | number | undefined>): string =>
    fill(catalogue[id][lang], data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v])));
}

/** `{name}` placeholders, filled from data. */
export function fill(template: string, data: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    data[key] !== undefined ? String(data[key]) : whole,
  );
}

/** Levenshtein distance, for did-you-mean hints on keys, ids and agency keys. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** The hint that goes with didYouMean, shared by every catalogue that suggests a name. */
export const commonHints = {
  'hint.did-you-mean': { vi: 'Có phải ý bạn là "{suggestion}"?', en: 'Did you mean "{suggestion}"?' },
} satisfies Record<string, Bilingual>;
