// kehoach's positions are 1-based with UTF-16 columns; the protocol's are 0-based UTF-16.
import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import type { Range } from '../diagnostics/diagnostic.js';

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** Whether a protocol position lies in a kehoach range (its end included: the cursor right after a word is on it). */
export function rangeContains(range: Range, at: LspPosition): boolean {
  const line = at.line + 1;
  const column = at.character + 1;
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && column < range.start.column) return false;
  if (line === range.end.line && column > range.end.column) return false;
  return true;
}
