// Numbers as Vietnamese prose prints them (format.md "Text": 63,7%; 1.000): a dot groups
// thousands, a comma marks decimals. Units that follow a number: %, ‰, /100.000 (rates per
// 100 000) or a free word ("xã", "trường").

export interface PrintedNumber {
  /** The numeric value: "63,7" → 63.7, "1.000" → 1000. */
  value: number;
  /** Offsets of the number and its unit in the string, [from, to). */
  from: number;
  to: number;
  /** Where the figure itself ends, before its unit. */
  figureTo: number;
  /** The characters printed, number and unit ("63,7%"). */
  printed: string;
  /** The unit right after the number, normalised ("%", "‰", "/100.000", "xã"), or "". */
  unit: string;
}

// A number not glued to another number, a slash or a letter: "150/100.000" is 150 with the
// unit /100.000, not also the number 100000; "13/2021/TT" and "01/6" yield no unit.
const NUMBER = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:([.,])(\d+))?(?![\p{N}])/gu;

/** Parses "63,7", "1.000", "100.000", "0,04"; also a stray English decimal point "1.5". */
export function parseViNumber(integer: string, sep?: string, fraction?: string): number {
  const whole = Number(integer.replace(/\./g, ''));
  if (!sep || fraction === undefined) return whole;
  return Number(`${whole}.${fraction}`);
}

/** The unit written after offset `at`: "%", "‰", "/100.000", or the next word. */
function unitAfter(text: string, at: number): { unit: string; end: number } {
  const rest = text.slice(at);
  const sym = /^[ \u00a0]?([%‰])/u.exec(rest);
  if (sym) return { unit: sym[1], end: at + sym[0].length };
  const per = /^ ?\/ ?(\d{1,3}(?:[. ]\d{3})+|\d+)/u.exec(rest);
  if (per) return { unit: `/${per[1].replace(/[ ]/g, '.')}`, end: at + per[0].length };
  const word = /^ (\p{L}+)/u.exec(rest);
  if (word) return { unit: word[1], end: at + word[0].length };
  return { unit: '', end: at };
}

/** Every number printed in a string, in order, with the unit after it. */
export function numbersIn(text: string): PrintedNumber[] {
  const out: PrintedNumber[] = [];
  let consumed = 0;
  for (const m of text.matchAll(NUMBER)) {
    const from = m.index ?? 0;
    // Digits inside the previous number's unit ("16 / 100 000") are not numbers of their own.
    if (from < consumed) continue;
    let integer = m[1];
    let sep: string | undefined = m[2];
    let fraction: string | undefined = m[3];
    // "1.000" groups thousands; "1.5" (one or two digits after the dot) can only be a decimal
    // point typed the English way; "1.0000" is not a number style at all: keep the integer.
    if (sep === '.' && fraction !== undefined && fraction.length === 3 && /^\d{1,3}$/.test(integer)) {
      integer = `${integer}.${fraction}`;
      sep = undefined;
      fraction = undefined;
    }
    let numberEnd = from + m[0].length;
    if (sep === '.' && fraction !== undefined && fraction.length > 3) {
      numberEnd = from + integer.length;
      sep = undefined;
      fraction = undefined;
    }
    const value = parseViNumber(integer, sep, fraction);
    const { unit, end } = unitAfter(text, numberEnd);
    out.push({ value, from, to: end, figureTo: numberEnd, printed: text.slice(from, end), unit });
    consumed = end;
  }
  return out;
}

/** Units compared loosely: "/100.000" and "/100 000" are the same; words ignore case. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => u.normalize('NFC').replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Where a number printed in `text` ends together with `unit`, or undefined when it is not
 * printed with that unit. A symbol compares as read ("95%", "95 %", "/100 000"); a unit of
 * words ("học sinh", "lớp") must follow the figure after a space, every word of it, whole
 * (rules.md, clarifications: "120 học sinh").
 */
export function unitEnd(text: string, n: PrintedNumber, unit: string): number | undefined {
  const words = unit.normalize('NFC').trim().split(/\s+/u);
  if (!/^\p{L}/u.test(unit.trim())) return sameUnit(n.unit, unit) ? n.to : undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`^[ \u00a0]+${escaped.join('\\s+')}(?![\\p{L}\\p{M}])`, 'iu').exec(text.slice(n.figureTo));
  return m ? n.figureTo + m[0].length : undefined;
}

/** A figure as Vietnamese text writes it: "63,7%", "17,6‰", "150/100.000", "120 học sinh". */
export function formatFigure(value: number, unit: string): string {
  const figure = formatViNumber(value);
  return /^\p{L}/u.test(unit.trim()) ? `${figure} ${unit.trim()}` : `${figure}${unit}`;
}

/** 63.7 → "63,7"; 1000 → "1.000" (format.md "Text"). */
export function formatViNumber(value: number): string {
  const [integer, fraction] = String(Math.abs(value)).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
