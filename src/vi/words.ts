// Vietnamese words for text/repeated-word (rules.md, "Added after a third real plan"). A
// Vietnamese word is one to four syllables written apart ("nhiệm vụ", "cơ quan"), so the same
// syllable twice in a row is a typo ("các nhiệm vụ vụ trọng tâm") unless it is
//   - a reduplication that is a word in its own right ("người người", "song song", "vân vân"):
//     REDUPLICATIONS below, and those of the lexicon;
//   - the end of one word and the start of the next ("hành vi vi phạm", "cơ quan quan tâm"):
//     both words are in the lexicon.
// The lexicon is the word list of @vntk/dictionary (Viet74K: 73 901 entries, single and
// multi-syllable words, MIT). It is read only when a string has a syllable twice in a row
// (rare: the Sơn La example's "hành vi vi phạm"), so most runs of validate never load it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenise, type Token } from './names.js';

/**
 * The one list of reduplications that are words of their own: those rules.md names, and
 * those of plans' slogans that the lexicon lacks ("nhà nhà, người người", "ngành ngành, cấp
 * cấp"). The lexicon adds its own ("song song", "vân vân", "luôn luôn", "mãi mãi" …).
 */
export const REDUPLICATIONS: readonly string[] = [
  'người người',
  'nhà nhà',
  'ngày ngày',
  'từ từ',
  'dần dần',
  'lần lần',
  'đời đời',
  'ngành ngành',
  'cấp cấp',
];

/**
 * Entries of the lexicon that are phrases, not words: as the first of two words they would
 * hide a real repetition. "có cơ" ("có cơ làm …") hides the Sơn La plan's "có cơ cơ hội".
 */
const PHRASES_NOT_WORDS: readonly string[] = ['có cơ'];

const require = createRequire(import.meta.url);
let lexicon: Set<string> | undefined;

function lexiconWords(): Set<string> {
  if (!lexicon) {
    const text = readFileSync(require.resolve('@vntk/dictionary/data/Viet74K.txt'), 'utf8');
    lexicon = new Set(text.normalize('NFC').toLowerCase().split('\n').map((line) => line.trim()));
    for (const phrase of PHRASES_NOT_WORDS) lexicon.delete(phrase);
    for (const r of REDUPLICATIONS) lexicon.add(r);
  }
  return lexicon;
}

/**
 * Whether the syllables, in order, are one word of the lexicon ("hành vi", "người người").
 * The lexicon spells "hoà" and "hòa" as it found them (often both): the syllables are looked
 * up as written and as vi/names.ts normalises them (the token's norm).
 */
export function isWord(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const words = lexiconWords();
  const written = tokens.map((t) => text.slice(t.from, t.to).toLowerCase()).join(' ');
  return words.has(written) || words.has(tokens.map((t) => t.norm).join(' '));
}

export interface RepeatedWord {
  /** [from, to) of the two words and the space between them ("vụ vụ"). */
  from: number;
  to: number;
  /** The word as first written. */
  word: string;
}

/** Longest Vietnamese word in the lexicon, in syllables, that the overlap check tries. */
const MAX_SYLLABLES = 4;

const isSyllable = (text: string, t: Token) => /^[\p{L}\p{M}]+$/u.test(text.slice(t.from, t.to));

/** Two words of one run: only spaces between them ("bước, bước đầu" is two runs). */
const adjacent = (text: string, a: Token, b: Token) => /^[ \t\u00a0]+$/.test(text.slice(a.to, b.from));

/**
 * The same word twice in a row, separated by spaces only, that is neither a word of its own
 * nor the last syllable of one word and the first of the next.
 */
export function repeatedWordsIn(text: string): RepeatedWord[] {
  if (!mayRepeatAWord(text)) return [];
  const tokens = tokenise(text);
  const out: RepeatedWord[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i], tokens[i + 1]];
    if (first.norm !== second.norm || !isSyllable(text, first) || !adjacent(text, first, second)) continue;
    if (isWord(text, [first, second]) || endsOneWordAndStartsTheNext(text, tokens, i)) continue;
    out.push({ from: first.from, to: second.to, word: text.slice(first.from, first.to) });
  }
  return out;
}

/**
 * Whether two neighbouring words, with only spaces between them, are written alike (ignoring
 * case). A scan of char codes: tokenising every printed string doubled the time of validate
 * on the benchmark's plans (npm run bench), and almost no string has a repetition. (A word
 * written once "hoà" and once "hòa" is not seen; tokenise would see it.)
 */
function mayRepeatAWord(text: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  let start = -1;
  let spacesOnly = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // ASCII letters, and every code point from U+00C0 but × ÷ and the punctuation blocks
    // U+2000–U+2BFF: Vietnamese letters and combining marks. Digits are not words here.
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (spacesOnly && i - start === prevEnd - prevStart) {
        const [a, b] = [text.slice(prevStart, prevEnd), text.slice(start, i)];
        if (a === b || a.toLowerCase() === b.toLowerCase()) return true;
      }
      [prevStart, prevEnd, start, spacesOnly] = [start, i, -1, true];
    }
    if (c !== 32 && c !== 9 && c !== 0xa0) spacesOnly = false;
  }
  return false;
}

/** "hành vi | vi phạm": a word of the lexicon ends at tokens[i] and another starts at tokens[i + 1]. */
function endsOneWordAndStartsTheNext(text: string, tokens: readonly Token[], i: number): boolean {
  const runBack: Token[] = [tokens[i]];
  const runOn: Token[] = [tokens[i + 1]];
  let left = false;
  for (let k = i - 1; k >= 0 && runBack.length < MAX_SYLLABLES && !left; k--) {
    if (!isSyllable(text, tokens[k]) || !adjacent(text, tokens[k], runBack[0])) break;
    runBack.unshift(tokens[k]);
    left = isWord(text, runBack);
  }
  if (!left) return false;
  for (let k = i + 2; k < tokens.length && runOn.length < MAX_SYLLABLES; k++) {
    if (!isSyllable(text, tokens[k]) || !adjacent(text, runOn[runOn.length - 1], tokens[k])) break;
    runOn.push(tokens[k]);
    if (isWord(text, runOn)) return true;
  }
  return false;
}
