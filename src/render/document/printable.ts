// The last step of building the document model: every string that will be printed is made
// safe for the file formats it goes into (issue 8, "Hostile input").
//  - NFC: text pasted from PDFs carries decomposed diacritics (text/nfc warns at validate);
//    the printed document always has the composed form, so Word's search finds "Việt".
//  - Characters XML 1.0 forbids (C0 controls other than tab and line feed, U+FFFE, U+FFFF,
//    and lone UTF-16 surrogates, which YAML's "\ud800" escape can produce) are dropped: a
//    single one makes Word refuse to open the whole file. The `docx` package drops the C0
//    controls but not the rest, and the previews need the same clean text.
import type { DocModel } from './model.js';

/** Not allowed in XML 1.0 (§2.2 Char), or a surrogate without its pair. */
const NOT_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printableText(text: string): string {
  return text.replace(NOT_PRINTABLE, '').normalize('NFC');
}

function clean<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => clean(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clean(v);
    return out as T;
  }
  return value;
}

/** A copy of the model with every string printable (numbers, booleans and nulls unchanged). */
export function printableModel(model: DocModel): DocModel {
  return clean(model);
}
