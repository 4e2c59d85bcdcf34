// render.md "The last details of the print": a document symbol (số, ký hiệu) never breaks across
// lines — "28-CT/TW", "93/KH-UBND", "36-CTr/TU", "30/2020/NĐ-CP" keep together wherever they are
// printed. Line breakers (Word's, LibreOffice's ICU) allow a break after a hyphen and after a
// slash: the hyphen becomes Word's non-breaking hyphen (w:noBreakHyphen, which LibreOffice reads
// as its own hard hyphen and prints as "-"), and a word joiner (U+2060, invisible, no width)
// follows each slash. Checked on the PDF LibreOffice makes (test/render/signed-ready-pdf.test.ts).
import { NoBreakHyphen } from 'docx';

/** U+2060 WORD JOINER: forbids a line break on either side, prints nothing. */
export const WORD_JOINER = '\u2060';

/**
 * A run of letters and digits joined by "-" and "/", holding at least one "/" and one capital
 * letter: a ký hiệu ("93/KH-UBND", "28-CT/TW", "636/LĐTBXH-TE", "/KH-UBND" after the clerk's
 * blank). Dates ("29/02/2024") and prose with spaced dashes ("Lao động - Thương binh") are not.
 */
const SYMBOL = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)+/gu;
const isSymbol = (token: string) => token.includes('/') && /\p{Lu}/u.test(token);

/** The document symbols printed in `text`, with where each starts. */
export function symbolsIn(text: string): { symbol: string; index: number }[] {
  return Array.from(text.matchAll(SYMBOL))
    .filter((m) => isSymbol(m[0]))
    .map((m) => ({ symbol: m[0], index: m.index }));
}

export type SymbolRunChild = string | NoBreakHyphen;

/** The text as run children: unchanged when it holds no symbol, else with every symbol bound. */
export function keepSymbolsTogether(text: string): SymbolRunChild[] | null {
  let found = false;
  const children: SymbolRunChild[] = [];
  let plain = '';
  let last = 0;
  for (const { symbol, index } of symbolsIn(text)) {
    found = true;
    plain += text.slice(last, index);
    last = index + symbol.length;
    const parts = symbol.split('-');
    parts.forEach((part, i) => {
      if (i > 0) {
        if (plain) children.push(plain);
        plain = '';
        children.push(new NoBreakHyphen());
      }
      plain += part.replaceAll('/', `/${WORD_JOINER}`);
    });
  }
  if (!found) return null;
  plain += text.slice(last);
  if (plain) children.push(plain);
  return children;
}

/** The text option of a `docx` TextRun: `{ text }` as before, or `{ children }` when it holds a symbol. */
export function runText(text: string): { text: string } | { children: SymbolRunChild[] } {
  const children = keepSymbolsTogether(text);
  return children ? { children } : { text };
}
