// Names of bodies as Vietnamese offices write them: one normalisation for every comparison of
// names in kehoach (citation issuers, agency names, the reference list of bodies that no longer
// exist). Two spellings are the same name when they agree word by word after NFC, lower case,
// the old/new placement of tone marks ("uỷ"/"ủy", "hoá"/"hóa"), any spacing (also around "-")
// and the dash used ("-", "–", "—").

export interface Token {
  norm: string;
  from: number;
  to: number;
}

/** The new placement of the tone mark ("hoà" → "hòa", "uỷ" → "ủy"), in lower case. */
const TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_PLACEMENT = new RegExp(Object.keys(TONE_PLACEMENT).join('|'), 'g');

/** A word as compared: NFC, lower case, the tone mark placed the new way. */
function normalise(w: string): string {
  return w.normalize('NFC').toLowerCase().replace(OLD_PLACEMENT, (old) => TONE_PLACEMENT[old]);
}

/** Words repeat across a repository's prose; normalising each distinct word once is enough. */
const normalisedWords = new Map<string, string>();

function normWord(w: string): string {
  const known = normalisedWords.get(w);
  if (known !== undefined) return known;
  let s = normalise(w);
  if (s === '–' || s === '—') s = '-';
  if (normalisedWords.size > 100_000) normalisedWords.clear();
  normalisedWords.set(w, s);
  return s;
}

/** The tokens' definition: a run of letters, marks and digits, or one other non-space character. */
export const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Runs of TOKEN's word characters, one space between them. */
const SIMPLE_NAME = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;
const SPACE = /^\s$/u;

/**
 * Whether the code point `c` at `text[i]` is a letter, mark or digit: by range for ASCII and the
 * Latin blocks that Vietnamese is written in, by TOKEN's classes for the rest. (Matching TOKEN
 * itself over every printed string was the largest single cost of validate: notes in
 * BENCHMARKS.md; the character is cut out of the text only for that rare fallback.)
 */
function isWordChar(c: number, text: string, i: number, width: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1ea0 && c <= 0x1ef9)) return true;
  return WORD_CHAR.test(text.slice(i, i + width));
}

const isSpace = (c: number, text: string, i: number, width: number): boolean => (c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.slice(i, i + width)));

/** Calls `emit` with the offsets of each word and single punctuation mark (TOKEN) of `text`, in order. */
function eachToken(text: string, emit: (from: number, to: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (isWordChar(c, text, i, width)) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) emit(start, i);
      start = -1;
      if (!isSpace(c, text, i, width)) emit(i, i + width);
    }
    i += width;
  }
  if (start >= 0) emit(start, text.length);
}

/** Words and single punctuation marks (TOKEN), with their offsets in `text` (plus `base`). */
export function tokenise(text: string, base = 0): Token[] {
  const out: Token[] = [];
  eachToken(text, (from, to) => out.push({ norm: normWord(text.slice(from, to)), from: base + from, to: base + to }));
  return out;
}

/** The comparable form of tokens: their normalised words joined by one space. */
export const tokensKey = (tokens: readonly Token[]): string => tokens.map((t) => t.norm).join(' ');

/** The comparable form of a name: equal for "Uỷ ban nhân dân  tỉnh" and "ủy ban nhân dân tỉnh". */
export function nameKey(name: string): string {
  // Words and single spaces only (most names): the words are normalised alike all at once, and
  // none of NFC, lower case or the tone placement reaches across a space.
  if (SIMPLE_NAME.test(name)) return normalise(name);
  const words: string[] = [];
  eachToken(name, (from, to) => words.push(normWord(name.slice(from, to))));
  return words.join(' ');
}
