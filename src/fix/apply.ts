// Applying fixes to a file's text: each replaces exactly its range, nothing else of the text is
// touched (comments, quoting and layout stay byte for byte). Overlapping fixes are left for the
// next pass, after the file has been validated again.
import type { Fix } from './fix.js';
import { offsetAt } from './fix.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  // A byte-order mark is not part of the text the positions count in (load/read.ts drops it).
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const edits = fixes
    .map((f) => ({ from: offsetAt(body, f.range.start), to: offsetAt(body, f.range.end), text: f.text }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const e of edits) {
    if (e.from < at) continue; // overlaps the previous edit: the next pass sees it again
    out += body.slice(at, e.from) + e.text;
    at = e.to;
    applied++;
  }
  return { text: bom + out + body.slice(at), applied };
}
