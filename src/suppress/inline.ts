// Inline suppressions in YAML comments (spec/editor.md "Suppressions and baseline"):
//   # kehoach-disable-next-line <rule-id>[, <rule-id>] -- <reason>
//   # kehoach-disable <rule-id>[, …] -- <reason>   …   # kehoach-enable <rule-id>[, …]
// Parsed once per file when it is read (the text is at hand then; a fast-parsed clean file is
// not read again), applied by the engine where a file's diagnostics are final (runRules), so
// that the cache and the worker threads hold suppressed results. The LSP reuses this module
// for its "suppress this finding" action (suppressionComment).
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';

export interface Suppression {
  kind: 'next-line' | 'block';
  rules: string[];
  /** The text after `--`, trimmed; undefined when there is none (suppress/no-reason). */
  reason: string | undefined;
  /** Where the comment is (from `#` to the end of the line): where suppress/* findings point. */
  range: Range;
  /** The lines whose findings it covers, 1-based, inclusive. */
  fromLine: number;
  toLine: number;
}

// A comment line of its own: a `#` after a value could be inside a quoted text.
const DIRECTIVE = /^([ \t]*)#[ \t]*kehoach-(disable-next-line|disable|enable)(?=[ \t]|$)(.*)$/;

/** Every suppression comment of a YAML text; [] at once when the text names none. */
export function parseSuppressions(text: string): Suppression[] {
  if (!text.includes('kehoach-')) return [];
  const found: Suppression[] = [];
  const open = new Map<string, Suppression>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const lineNo = index + 1;
    const hashColumn = m.index + m[1].length + 1;
    const [list, ...reasonParts] = m[3].split(/[ \t]--(?:[ \t]|$)/);
    const reasonText = reasonParts.join(' -- ').trim();
    const rules = list.split(',').map((r) => r.trim()).filter((r) => r !== '');
    const range: Range = { start: { line: lineNo, column: hashColumn }, end: { line: lineNo, column: line.length + 1 } };
    const directive = m[2];
    if (directive === 'enable') {
      for (const rule of rules) {
        const s = open.get(rule);
        if (!s) continue;
        s.toLine = lineNo - 1;
        open.delete(rule);
      }
      return;
    }
    const reason = reasonText === '' ? undefined : reasonText;
    if (directive === 'disable-next-line') {
      found.push({ kind: 'next-line', rules, reason, range, fromLine: lineNo + 1, toLine: lineNo + 1 });
      return;
    }
    // A block runs to its enable, or to the end of the file.
    const s: Suppression = { kind: 'block', rules, reason, range, fromLine: lineNo + 1, toLine: lines.length };
    for (const rule of rules) open.set(rule, s);
    found.push(s);
  });
  return found;
}

/** A suppression of one rule that suppressed nothing. */
export interface UnusedSuppression {
  suppression: Suppression;
  rule: string;
}

/**
 * The diagnostics of one file that no suppression covers, and each (comment, rule id) pair that
 * covered none. Findings of the suppress/* rules themselves are never suppressed.
 */
export function applySuppressions(diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[]): { kept: Diagnostic[]; unused: UnusedSuppression[] } {
  if (suppressions.length === 0) return { kept: [...diagnostics], unused: [] };
  const used = new Set<string>();
  const kept = diagnostics.filter((d) => {
    if (d.rule.startsWith('suppress/')) return true;
    const line = d.range.start.line;
    let hidden = false;
    suppressions.forEach((s, i) => {
      if (line < s.fromLine || line > s.toLine || !s.rules.includes(d.rule)) return;
      used.add(`${i}\u0000${d.rule}`);
      hidden = true;
    });
    return !hidden;
  });
  const unused: UnusedSuppression[] = [];
  suppressions.forEach((s, i) => {
    for (const rule of s.rules) if (!used.has(`${i}\u0000${rule}`)) unused.push({ suppression: s, rule });
  });
  return { kept, unused };
}

/** The comment that suppresses `rule` on the line below it, indented as that line (the LSP's quick fix). */
export function suppressionComment(rule: string, reason: string, indent: string): string {
  return `${indent}# kehoach-disable-next-line ${rule} -- ${reason}\n`;
}

/** The comments that open and close a block where `rule` is suppressed (a multi-line text). */
export function suppressionBlock(rule: string, reason: string, indent: string): { open: string; close: string } {
  return { open: `${indent}# kehoach-disable ${rule} -- ${reason}\n`, close: `${indent}# kehoach-enable ${rule}\n` };
}
