// Citations of documents in prose (spec/rules.md "Citations in prose"): "Chỉ thị số 28-CT/TW
// ngày 25/12/2023 của Bộ Chính trị". A pure function from a string to the citations in it, with
// the offsets of every part, so that a rule can point at the exact characters of a wrong date or
// issuer (doc.rangeIn maps them back to the YAML). Which body an issuer phrase names is
// names.ts; which record a citation names and whether it agrees, analyse.ts.
import { DOC_TYPES } from '../../../vi/doc-types.js';
import { isoOf } from '../../../vi/dates.js';

export interface Span {
  /** Offsets into the string, [from, to). */
  from: number;
  to: number;
  text: string;
}

export interface CitedDate extends Span {
  day: number;
  month: number;
  year: number;
  /** yyyy-mm-dd, for comparison with a record's `date`. */
  iso: string;
}

export interface Citation {
  /** The whole citation, from the type word to the end of the last part recognised. */
  from: number;
  to: number;
  type: Span;
  number: Span & { normalised: string };
  date?: CitedDate;
  /**
   * The words after "của", up to " về ", " ngày ", ",", ";", "(", "." (not after "TP."-like
   * abbreviations) or the end of the text, at most MAX_ISSUER_WORDS words.
   * It may run past the issuer's name ("Ban Thường vụ Tỉnh ủy Phú Yên đến các cấp công
   * đoàn", seed 002): matching is by prefix on word boundaries.
   */
  issuer?: Span;
}


const L = '\\p{L}\\p{M}';
// "Chỉ thị" and "chỉ thị" alike: the first letter of each word in either case. (The `i` flag
// is not used: with `u` it would make \p{Lu} below match lower-case letters too.)
const typeAlternation = DOC_TYPES.map((t) =>
  t
    .split(' ')
    .map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}`)
    .join('\\s+'),
).join('|');
// A số, ký hiệu: digits, then segments joined by "-" or "/", each starting with a capital or a
// digit ("28-CT/TW", "636/LĐTBXH-TE", "13/2021/TT-BLĐTBXH"). Spaces around the joiners occur in
// real text ("36 - CTr/TU", "36 -CTr/TU", seed 002; "13\n/2021/TT-BLĐTBXH", seed 001).
const NUMBER = `\\d+[${L}\\d]*(?:\\s*[-/]\\s*[\\p{Lu}\\d][${L}\\d]*)+`;
/**
 * Global: recogniseCitations sets its lastIndex, and nothing it calls searches with it. That no
 * letter or digit comes before the type word is asked of each match (letterOrDigitBefore): a
 * lookbehind at the start of the pattern made the search try it at every character.
 */
const CITATION = new RegExp(`(${typeAlternation})(?:\\s+[Ss]ố)?\\s+(${NUMBER})(?![${L}\\d])`, 'gu');
const LETTER_OR_DIGIT = new RegExp(`^[${L}\\d]$`, 'u');

/** Whether the code point before `at` is a letter, mark or digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let from = at - 1;
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff && from > 0 && (text.charCodeAt(from - 1) & 0xfc00) === 0xd800) from--;
  return LETTER_OR_DIGIT.test(text.slice(from, at));
}

// The date after "ngày": 25/12/2023, 25-12-2023, or "25 tháng 12 năm 2023".
const DATE_AFTER = new RegExp(
  `^\\s*,?\\s*[Nn]gày\\s+(?:(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))(?!\\d)`,
  'du',
);
const ISSUER_AFTER = /^\s*,?\s*của\s+/u;
// Where an issuer phrase ends (spec: " về ", ",", ";", "(", "." or the end of the text; " ngày "
// when the issuer comes before the date). A "." after an abbreviation of one to three capitals
// does not end it: names hold them ("Ủy ban nhân dân TP. Hồ Chí Minh", "UBND Q. 1").
const ISSUER_END = /\s+(?:về|ngày|Về|Ngày)(?=\s)|\s*[,;(:)“”"]|\s*(?<!(?:^|\s)\p{Lu}{1,3})\./u;
/** No issuer's name is longer than this; a phrase without punctuation stops here. */
const MAX_ISSUER_WORDS = 14;

/** No space of any kind, and nothing NFC could change (a combining mark is U+0300 or above). */
const ONE_WORD_BELOW_MARKS = /^[\x21-\x7e\u00a1-\u02ff]*$/;

export function normaliseNumber(n: string): string {
  // Most numbers ("28-CT/TW", "636/LĐTBXH-TE"): only the case to change (8,000 a worker's 500 plans).
  if (ONE_WORD_BELOW_MARKS.test(n)) return n.toUpperCase();
  return n.normalize('NFC').replace(/\s*([-/])\s*/g, '$1').replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Every document number has a digit followed by "-" or "/": prose without one cites nothing. */
const MAY_CITE = /\d\s*[-/]/;

/** Every citation of a document in a string, in order. */
export function recogniseCitations(text: string): Citation[] {
  const out: Citation[] = [];
  // A cheap test first: the full pattern (Unicode classes, 23 type words) is a costly part of
  // validate on large repositories (npm run bench).
  if (!MAY_CITE.test(text)) return out;
  // Not a copy per call (8,000 a worker's 500 plans on the bench): the search starts at 0 and
  // moves lastIndex back into an issuer phrase (below); nothing called in between searches with it.
  const citations = CITATION;
  citations.lastIndex = 0;
  for (let m = citations.exec(text); m; m = citations.exec(text)) {
    if (letterOrDigitBefore(text, m.index)) {
      // Inside a word ("Kế hoạch" in "xKế hoạch 5/KH"): look again from the next character.
      citations.lastIndex = m.index + 1;
      continue;
    }
    const typeText = m[1];
    const numberText = m[2];
    const typeFrom = m.index;
    const numberFrom = m.index + m[0].length - numberText.length;
    const citation: Citation = {
      from: m.index,
      to: m.index + m[0].length,
      type: { from: typeFrom, to: typeFrom + typeText.length, text: typeText },
      number: { from: numberFrom, to: numberFrom + numberText.length, text: numberText, normalised: normaliseNumber(numberText) },
    };
    let pos = citation.to;
    const date = dateAt(text, pos);
    if (date) {
      citation.date = date.date;
      pos = date.end;
    }
    const de = ISSUER_AFTER.exec(text.slice(pos));
    if (de) {
      const issuer = issuerAt(text, pos + de[0].length);
      if (issuer) {
        citation.issuer = issuer;
        pos = issuer.to;
        // The issuer before the date: "Chỉ thị số 28-CT/TW của Bộ Chính trị ngày 25/12/2023".
        if (!citation.date) {
          const later = dateAt(text, pos);
          if (later) {
            citation.date = later.date;
            pos = later.end;
          }
        }
      }
    }
    citation.to = pos;
    out.push(citation);
    // The next citation may start inside this one's issuer phrase ("... của Bộ Chính trị về
    // thực hiện Chỉ thị ..."): continue right after the number or the date, not after the issuer.
    citations.lastIndex = citation.date ? Math.max(citation.number.to, citation.date.to) : citation.number.to;
  }
  return out;
}

function dateAt(text: string, pos: number): { date: CitedDate; end: number } | undefined {
  const m = DATE_AFTER.exec(text.slice(pos));
  if (!m || !m.indices) return undefined;
  const long = m[1] === undefined;
  const [dayIdx, monthIdx, yearIdx] = long ? [5, 6, 7] : [1, 3, 4];
  const dayAt = m.indices[dayIdx];
  const yearAt = m.indices[yearIdx];
  if (!dayAt || !yearAt) return undefined;
  const day = Number(m[dayIdx]);
  const month = Number(m[monthIdx]);
  const year = Number(m[yearIdx]);
  const from = pos + dayAt[0];
  const to = pos + yearAt[1];
  return {
    date: { from, to, text: text.slice(from, to), day, month, year, iso: isoOf(year, month, day) },
    end: pos + m[0].length,
  };
}

function issuerAt(text: string, from: number): Span | undefined {
  const rest = text.slice(from);
  const stop = ISSUER_END.exec(rest);
  let end = stop ? stop.index : rest.length;
  // Cap the phrase at MAX_ISSUER_WORDS words.
  const words = /\S+/gu;
  let count = 0;
  for (let w = words.exec(rest); w && w.index < end; w = words.exec(rest)) {
    if (++count > MAX_ISSUER_WORDS) {
      end = w.index;
      break;
    }
  }
  const phrase = rest.slice(0, end).replace(/\s+$/u, '');
  if (!phrase) return undefined;
  return { from, to: from + phrase.length, text: phrase };
}
