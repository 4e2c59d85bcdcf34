// One scan of a printed string that says which text rules can find anything in it. Each text
// rule used to walk every string of every plan with its own pattern; most strings are clean, so
// one pass over the characters, shared by all of them, leaves each rule only the strings that
// may hold its finding (issue 13: "the text rules in one pass over each printed string").
// Every trait is a superset of its rule's finding: a string without it has nothing to report
// (test/rules/text-traits.test.ts holds each trait to the pattern it stands for).

export const TEXT_TRAIT = {
  /** A line break, or a space or tab at either end, doubled, or before ". , ; : ? !" (text/whitespace). */
  SPACE: 1,
  /** A hyphen or an en dash (text/dash-spacing). */
  DASH: 2,
  /** A character that prints as nothing (text/invisible). */
  INVISIBLE: 4,
  /** A character outside the blocks where NFC changes nothing (text/nfc: then NFC is asked). */
  MAY_DECOMPOSE: 8,
  /**
   * Two neighbouring words, with only spaces between them, written alike but for case
   * (text/repeated-word: then vi/words.ts repeatedWordsIn is asked). A word is a run of letters
   * and combining marks (\p{L}\p{M}), as the syllables repeatedWordsIn compares; digits are not
   * words here. Compared by char code and lower case, not as names are: a word written once
   * "hoà" and once "hòa" is not seen, though repeatedWordsIn would see it.
   */
  REPEAT: 16,
} as const;

// What each UTF-16 unit is to the scan, looked up once per character (a chain of comparisons
// per character made this scan the costliest part of the text rules, issue 13).
const LETTER = 0;
/** A letter or mark outside the blocks where NFC changes nothing (see mayDecompose). */
const LETTER_MAY_DECOMPOSE = 1;
const SPACE_OR_TAB = 2;
const LINE_BREAK = 3;
const DASH = 4;
const INVISIBLE = 5;
const OTHER = 6;
const OTHER_MAY_DECOMPOSE = 7;
/** Half of a code point above U+FFFF (a letter or not: see textTraits). */
const SURROGATE = 8;

/**
 * Latin letters up to U+02FF, precomposed Vietnamese (U+1EA0–U+1EF9) and the dashes, quotes
 * and ellipsis of U+2010–U+2027 have no canonical decomposition that NFC could change.
 */
const mayDecompose = (c: number) => c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9) && !(c >= 0x2010 && c <= 0x2027);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) CLASS[c] = SURROGATE;
  else if (LETTER_OR_MARK.test(String.fromCharCode(c))) CLASS[c] = mayDecompose(c) ? LETTER_MAY_DECOMPOSE : LETTER;
  else if (c === 32 || c === 9 || c === 0xa0) CLASS[c] = SPACE_OR_TAB;
  else if (c === 10) CLASS[c] = LINE_BREAK;
  else if (c === 45 || c === 0x2013) CLASS[c] = DASH;
  // Zero-width space, non-joiner and joiner, word joiner, a byte-order mark, the soft hyphen.
  else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) CLASS[c] = INVISIBLE;
  else CLASS[c] = mayDecompose(c) ? OTHER_MAY_DECOMPOSE : OTHER;
}

/** After a space: what makes it a finding of text/whitespace (". , ; : ? !" and a line break). */
const endsSpaceRun = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 63 || c === 33 || c === 10;

export function textTraits(text: string): number {
  let traits = 0;
  const length = text.length;
  // The word being read, and the one before it (REPEAT).
  let start = -1;
  let prevStart = -1;
  let prevEnd = -1;
  /** Only spaces since the previous word ended. */
  let spacesOnly = false;
  // One step past the end, as if a space followed: the word that ends the string ends there.
  for (let i = 0; i <= length; i++) {
    let kind = i < length ? CLASS[text.charCodeAt(i)] : SPACE_OR_TAB;
    if (kind === SURROGATE) {
      // Every code point above U+FFFF is outside the blocks where NFC changes nothing.
      traits |= TEXT_TRAIT.MAY_DECOMPOSE;
      const c = text.codePointAt(i)!;
      if (c > 0xffff && LETTER_OR_MARK.test(String.fromCodePoint(c))) {
        if (start < 0) start = i;
        i++;
        continue;
      }
      kind = OTHER;
    }
    if (kind === LETTER || kind === LETTER_MAY_DECOMPOSE) {
      if (start < 0) start = i;
      if (kind === LETTER_MAY_DECOMPOSE) traits |= TEXT_TRAIT.MAY_DECOMPOSE;
      continue;
    }
    if (start >= 0) {
      const wordLength = i - start;
      if (spacesOnly && wordLength === prevEnd - prevStart && sameWord(text, prevStart, start, wordLength)) traits |= TEXT_TRAIT.REPEAT;
      prevStart = start;
      prevEnd = i;
      start = -1;
      spacesOnly = true;
    }
    if (kind === SPACE_OR_TAB) {
      if (i === length) break;
      if (i === 0 || i === length - 1 || CLASS[text.charCodeAt(i + 1)] === SPACE_OR_TAB || endsSpaceRun(text.charCodeAt(i + 1))) traits |= TEXT_TRAIT.SPACE;
      continue;
    }
    spacesOnly = false;
    if (kind === LINE_BREAK) traits |= TEXT_TRAIT.SPACE;
    else if (kind === DASH) traits |= TEXT_TRAIT.DASH;
    else if (kind === INVISIBLE) traits |= TEXT_TRAIT.INVISIBLE;
    else if (kind === OTHER_MAY_DECOMPOSE) traits |= TEXT_TRAIT.MAY_DECOMPOSE;
  }
  return traits;
}

/** The two words of `length` at `a` and `b` alike but for case (by char code first: no strings made). */
function sameWord(text: string, a: number, b: number, length: number): boolean {
  let exact = true;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    // Two ASCII letters that differ other than by case: not the same word.
    if (x < 0x80 && y < 0x80 && (x | 0x20) !== (y | 0x20)) return false;
    exact = false;
  }
  return exact || text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
}
