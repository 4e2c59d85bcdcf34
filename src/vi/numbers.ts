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
  return `${value < 0 ? '-' : ''}${groupThousands(integer)}${fraction ? `,${fraction}` : ''}`;
}

const groupThousands = (integer: string) => integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// ---------------------------------------------------------------------------------------------
// Amounts (funding/amount-words): exact decimals, since "1.250,5 triệu đồng" must equal
// "Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng" to the đồng, and sums in tỷ pass 2^53.

/** digits × 10^-scale: 1.250,5 is { digits: 12505n, scale: 1 }. */
export interface ViDecimal {
  digits: bigint;
  scale: number;
}

/** "1.250" and "5" of "1.250,5" (the grouping dots are dropped). */
export function viDecimal(integer: string, fraction = ''): ViDecimal {
  return normalised({ digits: BigInt(`${integer.replace(/\./g, '')}${fraction}`), scale: fraction.length });
}

/** The value × 10^power (power ≥ 0: "triệu" is 6). */
export function timesTenTo(d: ViDecimal, power: number): ViDecimal {
  return d.scale >= power ? normalised({ digits: d.digits, scale: d.scale - power }) : { digits: d.digits * 10n ** BigInt(power - d.scale), scale: 0 };
}

/** Without trailing zeros after the decimal comma, so that equal values are equal objects. */
function normalised(d: ViDecimal): ViDecimal {
  let { digits, scale } = d;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

export const sameDecimal = (a: ViDecimal, b: ViDecimal) => a.digits === b.digits && a.scale === b.scale;

/** { 12505n, 1 } → "1.250,5". */
export function formatViDecimal(d: ViDecimal): string {
  const s = d.digits.toString().padStart(d.scale + 1, '0');
  const integer = s.slice(0, s.length - d.scale);
  const fraction = s.slice(s.length - d.scale);
  return `${groupThousands(integer)}${fraction ? `,${fraction}` : ''}`;
}

// Number words, both ways of saying each (rules.md: mốt/một, tư/bốn, lăm/năm, linh/lẻ,
// nghìn/ngàn, tỷ/tỉ). "Nhăm" and "bẩy" are the spoken and the northern spellings of lăm, bảy.
const DIGIT_WORDS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const SCALE_WORDS: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

/**
 * The number that Vietnamese words say, or undefined when they are not a number or say it
 * ambiguously: "một tỷ hai trăm năm mươi triệu năm trăm nghìn" → 1 250 500 000; "một nghìn
 * hai trăm năm mươi phẩy năm triệu" → 1 250 500 000; "hai mươi mốt", "mười lăm", "một trăm
 * linh tư". The spoken shortenings "một nghìn hai" (1 200? 1 002?) and "một trăm năm" (150?
 * 105?) are not read: a rule must not accuse a text of a value it may not say.
 */
export function parseViNumberWords(text: string): ViDecimal | undefined {
  const words = text.normalize('NFC').toLowerCase().split(/[\s,]+/u).filter(Boolean);
  const comma = words.indexOf('phẩy');
  if (comma < 0) {
    const whole = integerWords(words);
    return whole === undefined ? undefined : { digits: whole, scale: 0 };
  }
  // "một phẩy hai năm tỷ": the whole part, the decimals, then the scale words of both.
  const whole = integerWords(words.slice(0, comma));
  let end = comma + 1;
  while (end < words.length && SCALE_WORDS[words[end]] === undefined) end++;
  const decimals = decimalWords(words.slice(comma + 1, end));
  const scales = words.slice(end).map((w) => SCALE_WORDS[w]);
  if (whole === undefined || decimals === undefined || scales.some((p) => p === undefined)) return undefined;
  const value = viDecimal(String(whole), decimals);
  return timesTenTo(value, scales.reduce((a, b) => a + b, 0));
}

/** The digits after "phẩy": read one by one ("không năm" = 05) or as a number ("hai mươi lăm" = 25). */
function decimalWords(words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  if (words.every((w) => DIGIT_WORDS[w] !== undefined)) return words.map((w) => DIGIT_WORDS[w]).join('');
  const n = belowThousand(words);
  return n === undefined ? undefined : String(n);
}

/** An integer in words: the highest scale word splits it ("một nghìn hai trăm | triệu | năm trăm nghìn"). */
function integerWords(words: string[]): bigint | undefined {
  if (words.length === 0) return undefined;
  let at = -1;
  for (let i = 0; i < words.length; i++) {
    const p = SCALE_WORDS[words[i]];
    if (p !== undefined && (at < 0 || p >= SCALE_WORDS[words[at]])) at = i;
  }
  if (at < 0) {
    const n = belowThousand(words);
    return n === undefined ? undefined : BigInt(n);
  }
  const scale = 10n ** BigInt(SCALE_WORDS[words[at]]);
  const left = integerWords(words.slice(0, at));
  const rest = words.slice(at + 1);
  // "một triệu hai" is spoken for 1 200 000: ambiguous, not read.
  if (left === undefined || (rest.length === 1 && DIGIT_WORDS[rest[0]] !== undefined && rest[0] !== 'không')) return undefined;
  const right = rest.length === 0 ? 0n : integerWords(rest);
  if (right === undefined || right >= scale) return undefined;
  return left * scale + right;
}

/** 0..999: [D trăm] then "linh/lẻ D", "mười [D]", "D mươi [D]" or "D". */
function belowThousand(words: string[]): number | undefined {
  const digit = (i: number) => DIGIT_WORDS[words[i]];
  let i = 0;
  let value = 0;
  let hundreds = false;
  if (words[i + 1] === 'trăm' && digit(i) !== undefined) {
    value = digit(i) * 100;
    i += 2;
    hundreds = true;
  }
  if (i < words.length) {
    if ((words[i] === 'linh' || words[i] === 'lẻ') && hundreds && digit(i + 1) !== undefined) {
      value += digit(i + 1);
      i += 2;
    } else if (words[i] === 'mười') {
      value += 10;
      i++;
      if (digit(i) !== undefined && words[i] !== 'không') value += digit(i++);
    } else if (digit(i) !== undefined && (words[i + 1] === 'mươi' || words[i + 1] === 'chục')) {
      value += digit(i) * 10;
      i += 2;
      if (digit(i) !== undefined && words[i] !== 'không') value += digit(i++);
    } else if (digit(i) !== undefined && !hundreds) {
      // "năm" alone is 5; "một trăm năm" is the spoken 150 (or 105): not read.
      value += digit(i++);
    }
  }
  return i === words.length && i > 0 ? value : undefined;
}
