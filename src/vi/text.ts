// Vietnamese text of a printed document: the numbering of its parts (I, II …; a, b … in the
// letters offices use) and case under Vietnamese rules (dates: dates.ts).

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
