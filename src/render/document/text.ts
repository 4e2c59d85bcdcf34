// Small text helpers: numbering (I, II …; a, b …), Vietnamese dates, case.

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * The Vietnamese list letters, in the order offices letter items: a b c d đ e g h i k l m n o p
 * q r s t u v x y (no f, j, w, z). Past y: aa, ab … (a plan rarely goes past a handful).
 */
const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function letter(index: number): string {
  const n = VIETNAMESE_LETTERS.length;
  return index < n ? VIETNAMESE_LETTERS[index] : letter(Math.floor(index / n) - 1) + VIETNAMESE_LETTERS[index % n];
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function lowerFirst(text: string): string {
  return text.length ? text[0].toLocaleLowerCase('vi') + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text.length ? text[0].toLocaleUpperCase('vi') + text.slice(1) : text;
}

/**
 * NĐ30's padding: the day under 10 and the months 1 and 2 take a leading zero ("ngày 05
 * tháng 02"), other months do not ("tháng 4", never "tháng 04") — render.md "Header block".
 */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** "ngày 03 tháng 4 năm 2023"; the blanks are kept for the clerk when the day is unknown. */
export function longDate(date: string | number | null | undefined): string {
  const blank = '     ';
  if (typeof date === 'number') return `ngày${blank}tháng${blank}năm ${date}`;
  const parsed = date ? parseIsoDate(date) : undefined;
  if (!parsed) return `ngày${blank}tháng${blank}năm${blank}`;
  return `ngày ${padDay(parsed.day)} tháng ${padMonth(parsed.month)} năm ${parsed.year}`;
}

/** "28/02/2023", "30/9/2021": a date cited in running text, with the same padding. */
export function shortDate(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  return `${padDay(parsed.day)}/${padMonth(parsed.month)}/${parsed.year}`;
}

/** "10/5", "05/11" — a yearly deadline written `dd/m` (render.md "Body", item 7). */
export function dayMonth(day: number, month: number): string {
  return `${padDay(day)}/${padMonth(month)}`;
}
