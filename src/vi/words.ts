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

/**
 * The word list, looked up as text until lookups become many. Building a set of its 74,000
 * lines costs about 50 ms — a quarter of a render of the Sơn La example, whose one repetition
 * asks a dozen words; a search of the text costs about 1 ms a word. A repository with many
 * repetitions (each a dozen lookups, mostly the same words) gets the set after the first few.
 */
class Lexicon {
  /** One entry a line, lower case, trimmed, between newlines: "\nhành vi\n" is a search. */
  private text: string | undefined;
  private words: Set<string> | undefined;
  private readonly answers = new Map<string, boolean>();
  private static readonly SEARCHES_BEFORE_SET = 48;

  has(word: string): boolean {
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    const found = this.lookUp(word);
    if (!this.words) this.answers.set(word, found);
    return found;
  }

  private lookUp(word: string): boolean {
    if (this.words) return this.words.has(word);
    if (this.answers.size >= Lexicon.SEARCHES_BEFORE_SET) {
      this.words = new Set(this.entries().split('\n'));
      this.answers.clear();
      return this.words.has(word);
    }
    return !word.includes('\n') && this.entries().includes(`\n${word}\n`);
  }

  private entries(): string {
    if (this.text === undefined) {
      const file = readFileSync(require.resolve('@vntk/dictionary/data/Viet74K.txt'), 'utf8');
      const lines = file.normalize('NFC').toLowerCase().replace(/^[ \t]+|[ \t\r]+$/gm, '');
      let text = `\n${lines}\n${REDUPLICATIONS.join('\n')}\n`;
      for (const phrase of PHRASES_NOT_WORDS) text = text.replaceAll(`\n${phrase}\n`, '\n');
      this.text = text;
    }
    return this.text;
  }
}

const lexicon = new Lexicon();

/**
 * Whether the syllables, in order, are one word of the lexicon ("hành vi", "người người").
 * The lexicon spells "hoà" and "hòa" as it found them (often both): the syllables are looked
 * up as written and as vi/names.ts normalises them (the token's norm).
 */
export function isWord(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const written = tokens.map((t) => text.slice(t.from, t.to).toLowerCase()).join(' ');
  return lexicon.has(written) || lexicon.has(tokens.map((t) => t.norm).join(' '));
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
 * nor the last syllable of one word and the first of the next. Tokenising is the costly part:
 * text/repeated-word asks only of strings with rules/_lib/text-traits.ts's REPEAT trait (two
 * neighbouring words alike but for case), which almost none has.
 */
export function repeatedWordsIn(text: string): RepeatedWord[] {
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
