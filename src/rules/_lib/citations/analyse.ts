// What the citations of a plan's prose refer to (spec/rules.md "Citations in prose"): where
// citations are searched (the text fields), which record of the repository a citation names
// (by number; the best agreeing one when several share it) and whether its date, issuer and
// type agree — one result per plan and run, which the four citation/* rules read.
import type { CheckedDocument } from '../../../repository/document.js';
import type { RecordHeader } from '../../../repository/header.js';
import { memoKey, type Repository, type RepositoryRecord } from '../../../repository/repository.js';
import { nameKey } from '../../../vi/names.js';
import { printedStringsOf, visibleTextOf, type PrintedString, type VisibleText } from '../text-fields.js';
import { nameIndexOf, readIssuer, type IssuerReading, type NameIndex } from './names.js';
import { normaliseNumber, recogniseCitations, type Citation, type CitedDate, type Span } from './recognise.js';

export type TextField = PrintedString;

/** Where rules.md looks for citations: every printed string but the header, signature and Nơi nhận. */
const CITATION_SCOPE: ReadonlySet<string> = new Set(['title', 'basis', 'intro', 'purpose', 'indicators', 'tasks', 'funding', 'assignments', 'implementation_closing', 'reporting', 'closing']);

/** The printed strings that are searched for citations. */
export function textFieldsOf(printed: readonly PrintedString[]): TextField[] {
  return printed.filter(
    (s) => s.text.length > 0 && CITATION_SCOPE.has(String(s.path[0])) && s.path[s.path.length - 1] !== 'due',
  );
}

export type RecordModel = RecordHeader;
export interface DocRecord {
  doc: RepositoryRecord;
  model: RecordModel;
}

const RECORDS = memoKey<ReadonlyMap<string, DocRecord[]>>('citations: records by number');

/** The directives and plans of the repository by normalised number, built once per run. */
export function recordsByNumber(repo: Repository): ReadonlyMap<string, DocRecord[]> {
  return repo.memo(RECORDS, () => buildRecordIndex(repo));
}

function buildRecordIndex(repo: Repository): Map<string, DocRecord[]> {
  const index = new Map<string, DocRecord[]>();
  for (const doc of repo.records) {
    if (!doc.header.number) continue;
    const k = normaliseNumber(doc.header.number);
    const list = index.get(k) ?? [];
    list.push({ doc, model: doc.header });
    index.set(k, list);
  }
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
  return index.namesStarting(reading.tokens).some((n) => groups.has(n.group));
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

const ANALYSIS = memoKey<readonly CheckedCitation[]>('citations: a plan\'s citations checked');

/**
 * Every citation in a plan's prose, with the record it names and how it agrees with it: built
 * once per plan and run, read by the four citation/* rules.
 */
export function citationsOf(doc: CheckedDocument<'plan'>, repo: Repository): readonly CheckedCitation[] {
  return repo.memoOf(doc, ANALYSIS, () => analyse(doc, repo));
}

function analyse(doc: CheckedDocument<'plan'>, repo: Repository): CheckedCitation[] {
  const index = nameIndexOf(repo);
  const records = recordsByNumber(repo);
  const out: CheckedCitation[] = [];
  for (const field of textFieldsOf(printedStringsOf(doc, repo))) {
    // Read as printed, without invisible characters (rules.md text/invisible: "45/KH\u200b-UBND
    // ngày 21/02/2024" is still checked); offsets are mapped back to the original string.
    const seen = visibleTextOf(field);
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
