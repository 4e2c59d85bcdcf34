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

const TONE_PLACEMENT: [RegExp, string][] = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

/** Words repeat across a repository's prose; normalising each distinct word once is enough. */
const normalisedWords = new Map<string, string>();

function normWord(w: string): string {
  const known = normalisedWords.get(w);
  if (known !== undefined) return known;
  let s = w.normalize('NFC').toLowerCase();
  for (const [re, to] of TONE_PLACEMENT) s = s.replace(re, to);
  if (s === '–' || s === '—') s = '-';
  if (normalisedWords.size > 100_000) normalisedWords.clear();
  normalisedWords.set(w, s);
  return s;
}

/** Words and single punctuation marks, with their offsets in `text` (plus `base`). */
export function tokenise(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ norm: normWord(m[0]), from: base + m.index, to: base + m.index + m[0].length });
  }
  return out;
}

/** The comparable form of tokens: their normalised words joined by one space. */
export const tokensKey = (tokens: readonly Token[]): string => tokens.map((t) => t.norm).join(' ');

/** The comparable form of a name: equal for "Uỷ ban nhân dân  tỉnh" and "ủy ban nhân dân tỉnh". */
export const nameKey = (name: string): string => tokensKey(tokenise(name));
