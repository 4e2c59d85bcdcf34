// A fix is data on a finding (spec/editor.md): the source range to replace and the text to put
// there. Rules make it with textFix, which offers one only when the replacement maps 1:1 onto
// the source (a plain or quoted scalar whose characters at that span are exactly the value's):
// inside an escape, a folded line or a block scalar's indentation, no fix is offered and the
// finding stays for a person. `validate --fix` (apply.ts) and the LSP's quick fixes use it.
import type { Position, Range } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../load/source.js';
import { yamlLib } from '../load/yaml-lib.js';
import type { LoadedDocument } from '../repository/document.js';

export interface Fix {
  /** In the file's text, 1-based, end exclusive (as a diagnostic's range). */
  range: Range;
  text: string;
}

/** Characters a replacement may not bring into each kind of scalar without re-quoting it. */
const UNSAFE: Record<string, RegExp> = {
  PLAIN: /[\n\r:#'"{}[\],&*!|>%@`]/,
  QUOTE_DOUBLE: /["\\\n\r]/,
  QUOTE_SINGLE: /['\n\r]/,
};

/**
 * Replace [from, to) of `value`, the string at `path`, by `replacement` — if the string there is
 * still `value`, that span is written literally in the source, and the replacement brings no
 * character that the scalar's style would read differently; otherwise undefined.
 */
export function textFix(doc: LoadedDocument, path: YamlPath, value: string, from: number, to: number, replacement: string): Fix | undefined {
  const source = doc.source;
  const { node, depth } = source.locate(path);
  if (depth !== path.length || !yamlLib().isScalar(node) || node.value !== value || !node.range) return undefined;
  const unsafe = UNSAFE[node.type ?? ''];
  if (!unsafe) return undefined;
  const [start, end] = node.range;
  const quote = node.type === 'PLAIN' ? 0 : 1;
  // Literal only: the source of the scalar is the value itself (no escapes, no folding).
  if (source.text.slice(start + quote, end - quote) !== value) return undefined;
  // Characters already in the replaced span were safe there; only new ones are checked.
  const replaced = value.slice(from, to);
  const added = [...replacement].filter((c) => !replaced.includes(c)).join('');
  if (unsafe.test(added)) return undefined;
  if (node.type === 'PLAIN') {
    // A plain scalar must read back as the same string: not empty, no new leading or trailing
    // space, no ": " or " #" it did not have.
    const next = value.slice(0, from) + replacement + value.slice(to);
    if (next === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$/.test(next)) return undefined;
    if ((next.includes(': ') && !value.includes(': ')) || (next.includes(' #') && !value.includes(' #'))) return undefined;
  }
  return { range: source.range(start + quote + from, start + quote + to), text: replacement };
}

/** The offset of a 1-based position in a text. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + position.column - 1);
}
