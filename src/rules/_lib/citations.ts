// Citations of documents in the prose of a plan (spec/rules.md "Citations in prose"):
// "Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị". The recogniser is a pure function
// from a string to the citations in it, with the offsets of every part, so a rule can point
// at the exact characters of a wrong date or issuer (doc.rangeIn maps them back to the YAML).
// The shared analysis (which record a citation names, whether its date, issuer and type
// agree) lives here too, so the four citation/* rules read one result.
import type { PlanModel } from '../../model/schemas.js';
import { printedStringsOf, visibleText, type PrintedString, type VisibleText } from './text-fields.js';
import type { CheckedDocument } from '../../repository/document.js';
import type { Repository, RepositoryRecord } from '../../repository/repository.js';
import type { RecordHeader } from '../../repository/header.js';
import { DOC_TYPES } from '../../vi/doc-types.js';
import { isoOf } from '../../vi/dates.js';
import { nameKey, tokenise, type Token } from '../../vi/names.js';

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
const CITATION = new RegExp(`(?<![${L}\\d])(${typeAlternation})(?:\\s+[Ss]ố)?\\s+(${NUMBER})(?![${L}\\d])`, 'gu');
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

export function normaliseNumber(n: string): string {
  return n.normalize('NFC').replace(/\s*([-/])\s*/g, '$1').replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Every citation of a document in a string, in order. */
/** Every document number has a digit followed by "-" or "/": prose without one cites nothing. */
const MAY_CITE = /\d\s*[-/]/;

export function recogniseCitations(text: string): Citation[] {
  const out: Citation[] = [];
  // A cheap test first: the full pattern (Unicode classes, lookbehind) is the costly part of
  // validate on large repositories (npm run bench).
  if (!MAY_CITE.test(text)) return out;
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
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
    CITATION.lastIndex = citation.date ? Math.max(citation.number.to, citation.date.to) : citation.number.to;
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


// ---------------------------------------------------------------------------------------------
// The text fields of a plan: every string that is printed (spec/rules.md: title, basis texts,
// intro, purpose, indicators, tasks, duties, funding, closing).

export type TextField = PrintedString;

/** Where rules.md looks for citations: every printed string but the header, signature and Nơi nhận. */
const CITATION_SCOPE = new Set(['title', 'basis', 'intro', 'purpose', 'indicators', 'tasks', 'funding', 'assignments', 'implementation_closing', 'reporting', 'closing']);

export function textFieldsOf(plan: PlanModel): TextField[] {
  return printedStringsOf(plan).filter(
    (s) => s.text.length > 0 && CITATION_SCOPE.has(String(s.path[0])) && s.path[s.path.length - 1] !== 'due',
  );
}

// ---------------------------------------------------------------------------------------------
// Names of issuers. Two names are the same body when an agency or an issuer record lists both
// (format.md: issuer.aliases; agencies' name/short/aliases), compared as vi/names.ts normalises them.

export interface NameIndex {
  /** Every known name, as words, with the group (one body) it belongs to. */
  names: { words: string[]; group: number }[];
  groupOf(name: string): number | undefined;
}

function buildNameIndex(repo: Repository): NameIndex {
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const idOf = (name: string): number | undefined => {
    const k = nameKey(name);
    if (!k) return undefined;
    let id = byKey.get(k);
    if (id === undefined) {
      id = parent.length;
      parent.push(id);
      byKey.set(k, id);
    }
    return id;
  };
  const unite = (names: readonly (string | null | undefined)[]) => {
    const ids = names.filter((n): n is string => !!n).map(idOf).filter((i): i is number => i !== undefined);
    for (const id of ids.slice(1)) parent[find(id)] = find(ids[0]);
  };
  // Shorts ("TU", "UBND tỉnh") name a body but may be shared by two bodies: they join the
  // group of their agency without merging groups.
  const shorts: [string, string][] = [];
  for (const [, { agency }] of repo.agencies) {
    unite([agency.name, ...(agency.aliases ?? [])]);
    if (agency.short) shorts.push([agency.short, agency.name]);
  }
  for (const { header } of repo.records) {
    unite([header.issuer.name, ...(header.issuer.aliases ?? [])]);
    if (header.issuer.parent) unite([header.issuer.parent]);
  }
  const names: NameIndex['names'] = [...byKey.entries()].map(([k, id]) => ({ words: k.split(' '), group: find(id) }));
  for (const [short, name] of shorts) {
    const k = nameKey(short);
    const group = byKey.get(nameKey(name));
    if (k && group !== undefined && !byKey.has(k)) names.push({ words: k.split(' '), group: find(group) });
  }
  // Longest first: the longest known name that starts the phrase is the issuer.
  names.sort((a, b) => b.words.length - a.words.length);
  return {
    names,
    groupOf(name: string) {
      const id = byKey.get(nameKey(name));
      return id === undefined ? undefined : find(id);
    },
  };
}

const nameIndexes = new WeakMap<Repository, NameIndex>();
export function nameIndexOf(repo: Repository): NameIndex {
  let index = nameIndexes.get(repo);
  if (!index) {
    index = buildNameIndex(repo);
    nameIndexes.set(repo, index);
  }
  return index;
}

function startsWith(tokens: readonly Token[], words: readonly string[]): boolean {
  return words.length <= tokens.length && words.every((w, i) => tokens[i].norm === w);
}

export interface IssuerReading {
  /** The words that name the issuer: the longest known name the phrase starts with, else the phrase. */
  span: Span;
  /** The body, when the phrase starts with a known name. */
  group?: number;
  tokens: Token[];
}

export function readIssuer(text: string, issuer: Span, index: NameIndex): IssuerReading {
  const tokens = tokenise(issuer.text, issuer.from);
  for (const n of index.names) {
    if (startsWith(tokens, n.words)) {
      const to = tokens[n.words.length - 1].to;
      return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, group: n.group, tokens };
    }
  }
  // No known name: the phrase ends at the first "." (the end of the sentence).
  const stop = tokens.findIndex((t) => t.norm === '.');
  if (stop < 0) return { span: issuer, tokens };
  const kept = tokens.slice(0, stop);
  const to = kept.length > 0 ? kept[kept.length - 1].to : issuer.from;
  return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, tokens: kept };
}

// ---------------------------------------------------------------------------------------------
// Records of the repository by number.

export type RecordModel = RecordHeader;
export interface DocRecord {
  doc: RepositoryRecord;
  model: RecordModel;
}

const recordIndexes = new WeakMap<Repository, Map<string, DocRecord[]>>();
export function recordsByNumber(repo: Repository): Map<string, DocRecord[]> {
  let index = recordIndexes.get(repo);
  if (index) return index;
  index = new Map();
  for (const doc of repo.records) {
    if (!doc.header.number) continue;
    const k = normaliseNumber(doc.header.number);
    const list = index.get(k) ?? [];
    list.push({ doc, model: doc.header });
    index.set(k, list);
  }
  recordIndexes.set(repo, index);
  return index;
}

function dateAgrees(model: RecordModel, date: CitedDate): boolean | undefined {
  if (typeof model.date === 'string') return model.date === date.iso;
  if (typeof model.date === 'number') return model.date === date.year;
  return undefined;
}

function issuerAgrees(model: RecordModel, reading: IssuerReading, index: NameIndex): boolean {
  const groups = new Set(
    [model.issuer.name, ...(model.issuer.aliases ?? [])].map((n) => index.groupOf(n)).filter((g): g is number => g !== undefined),
  );
  // Accepted: any name of the same body that starts the phrase, on a word boundary. The
  // longest known name decides, so "Ban Chấp hành Trung ương" (another body) is not accepted
  // for a Bộ Chính trị directive even though both are known.
  if (reading.group !== undefined) return groups.has(reading.group);
  return index.names.some((n) => groups.has(n.group) && startsWith(reading.tokens, n.words));
}

function typeAgrees(model: RecordModel, type: Span): boolean {
  return nameKey(model.doc_type) === nameKey(type.text);
}

export interface CheckedCitation {
  field: TextField;
  citation: Citation;
  issuer?: IssuerReading;
  /** The record the citation names (the best match when several share the number). */
  record?: DocRecord;
  dateOk?: boolean;
  issuerOk?: boolean;
  typeOk: boolean;
}

const analyses = new WeakMap<object, CheckedCitation[]>();

/** Every citation in a plan's prose, with the record it names and how it agrees with it. */
export function citationsOf(doc: CheckedDocument<'plan'>, repo: Repository): CheckedCitation[] {
  const cached = analyses.get(doc);
  if (cached) return cached;
  const index = nameIndexOf(repo);
  const records = recordsByNumber(repo);
  const out: CheckedCitation[] = [];
  for (const field of textFieldsOf(doc.model)) {
    // Read as printed, without invisible characters (rules.md text/invisible: "45/KH\u200b-UBND
    // ngày 21/02/2024" is still checked); offsets are mapped back to the original string.
    const seen = visibleText(field.text);
    for (const visible of recogniseCitations(seen.text)) {
      const reading = visible.issuer ? readIssuer(seen.text, visible.issuer, index) : undefined;
      const citation = seen.text === field.text ? visible : citationIn(seen, visible);
      const issuer = reading && seen.text !== field.text ? readingIn(seen, reading) : reading;
      const candidates = records.get(citation.number.normalised) ?? [];
      const scored = candidates.map((record) => {
        const dateOk = citation.date ? dateAgrees(record.model, citation.date) : undefined;
        const issuerOk = issuer ? issuerAgrees(record.model, issuer, index) : undefined;
        const typeOk = typeAgrees(record.model, citation.type);
        const score = (dateOk === false ? 0 : 4) + (issuerOk === false ? 0 : 2) + (typeOk ? 1 : 0);
        return { record, dateOk, issuerOk, typeOk, score };
      });
      // Several records may share a number (93/KH-UBND of two provinces): the one that agrees best.
      scored.sort((a, b) => b.score - a.score);
      const best = scored[0];
      out.push(
        best
          ? { field, citation, issuer, record: best.record, dateOk: best.dateOk, issuerOk: best.issuerOk, typeOk: best.typeOk }
          : { field, citation, issuer, typeOk: true },
      );
    }
  }
  analyses.set(doc, out);
  return out;
}

/** A span of the visible text, placed on the original string (its text stays as read). */
function spanIn<T extends { from: number; to: number }>(seen: VisibleText, span: T): T {
  return { ...span, from: seen.from(span.from), to: seen.to(span.to) };
}

function citationIn(seen: VisibleText, c: Citation): Citation {
  const at = <T extends Span | undefined>(span: T): T => (span ? spanIn(seen, span) : span);
  return { ...spanIn(seen, c), type: at(c.type), number: at(c.number), date: at(c.date), issuer: at(c.issuer) };
}

function readingIn(seen: VisibleText, r: IssuerReading): IssuerReading {
  return { ...r, span: spanIn(seen, r.span), tokens: r.tokens.map((t) => spanIn(seen, t)) };
}
