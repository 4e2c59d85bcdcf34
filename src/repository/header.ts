// A document held by its header only. When validate streams a large repository, a document
// that is nobody's parent is loaded, checked, and dropped to its header before the next batch:
// what the rules of *other* documents read of it is here (its id and kind for references and
// duplicate ids; number, date, issuer and type for citations; parent for the parent chain),
// and nothing else. A HeaderDocument is never a model: it has no `source` and no `model`, so
// a rule cannot mistake it for a checked document (the type says so).
import { readHeaderFields } from '../load/header-fields.js';
import { DirectiveHeaderFields, documentIdOf, PlanHeaderFields, type Kind, type PlanModel } from '../model/schemas.js';
import type { LoadedDocument } from './document.js';

/** What other documents' rules read of a directive or plan (its header fields, checked on their own: recordOf). */
export type RecordHeader = Pick<PlanModel, 'doc_type' | 'number' | 'date' | 'issuer' | 'title'> & {
  parent?: string | null;
  format?: PlanModel['format'];
};

export interface HeaderDocument {
  /** Says what this is wherever documents and headers are held together. */
  held: 'header';
  file: string;
  kind: Kind | undefined;
  id: string | undefined;
  /** A directive or plan with an id whose header fields pass their schemas: those fields. */
  record: RecordHeader | undefined;
}

/** A document as held by a repository: in full (the context, the batch being checked) or as its header. */
export type HeldDocument = LoadedDocument | HeaderDocument;

export function isHeader(doc: HeldDocument): doc is HeaderDocument {
  return 'held' in doc && doc.held === 'header';
}

/** The header of a loaded document (the same whether it is later held in full or not). */
export function headerOf(doc: LoadedDocument): HeaderDocument {
  // A model passed the whole schema, so its header fields pass theirs: read, not checked again
  // (the check was 0.13 ms a plan, issue 13). Without a model, the raw fields are checked.
  const record =
    doc.id === undefined ? undefined
    : doc.model && (doc.kind === 'plan' || doc.kind === 'directive') ? recordFrom(doc.model as ModelWithHeader)
    : recordOf(doc.kind, doc.model ?? doc.data);
  // A copy, not references into the model: a string the parser sliced from the file keeps the
  // whole text of the file alive, and a header outlives its document (that is what it is for).
  return structuredClone({ held: 'header', file: doc.file, kind: doc.kind, id: doc.id, record });
}

/**
 * Whether two headers of a file say the same, whatever order their keys were written in: a
 * header the cache hands back (result-cache.ts) has its display path added last, one read from
 * the document has it second — compared as JSON text, a directive's cached header never matched
 * its own document, and every warm run of a streamed repository was checked twice (issue 13).
 * A record's keys are in one order wherever it comes from (recordFrom): compared as JSON.
 */
export function sameHeader(a: HeaderDocument | undefined, b: HeaderDocument | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.file === b.file && a.kind === b.kind && a.id === b.id && JSON.stringify(a.record) === JSON.stringify(b.record);
}

/**
 * What other documents read of a directive or plan: its header fields when they pass their
 * own schemas (model/schemas.ts PlanHeaderFields), whatever the rest of the document holds —
 * so that the header can be read from the header fields alone (load/header-fields.ts) and is
 * the same whether the document was read in full or not.
 */
export function recordOf(kind: Kind | undefined, fields: unknown): RecordHeader | undefined {
  const schema = kind === 'plan' ? PlanHeaderFields : kind === 'directive' ? DirectiveHeaderFields : undefined;
  const parsed = schema?.safeParse(fields);
  return parsed?.success ? recordFrom(parsed.data) : undefined;
}

function recordFrom(model: ModelWithHeader): RecordHeader {
  // The issuer's keys in one order, however the file wrote them: headers are compared and
  // hashed as JSON (engine.ts, result-cache.ts contextKey), and a model read without zod keeps
  // the file's order (model/compiled-schemas.ts).
  const issuer = Object.fromEntries(Object.entries(model.issuer).sort(([a], [b]) => (a < b ? -1 : 1))) as RecordHeader['issuer'];
  const record: RecordHeader = { doc_type: model.doc_type, number: model.number, date: model.date, issuer, title: model.title };
  if (model.parent !== undefined) record.parent = model.parent;
  if (model.format !== undefined) record.format = model.format;
  return record;
}

/**
 * A plan's header read from its header lines alone (load/header-fields.ts), the same as
 * `headerOf` the plan read in full when the rest of the file parses; undefined when the lines
 * cannot be read so or the file is no plan (then it is read in full).
 */
export function planHeaderFromLines(file: string, bytes: Buffer): HeaderDocument | undefined {
  const fields = readHeaderFields(bytes);
  if (fields?.kind !== 'plan') return undefined;
  const id = documentIdOf(fields.id);
  return structuredClone({ held: 'header', file, kind: 'plan', id, record: id === undefined ? undefined : recordOf('plan', fields) });
}

/**
 * Makes the headers' recurring strings one string each: a repository's plans share their
 * document type, format, parent, dates and issuers, but every header is a copy (so that it does
 * not hold its file's text) and every header posted to a worker thread is copied again, each
 * string a string of its own (issue 13: with the files a worker does not load left out of its
 * input, worker-pool.ts, the peak of 100,000 plans went from 1,183 MB to 1,139 MB). Ids,
 * numbers, titles and paths are each a plan's own and are left as they are.
 */
export function shareHeaderStrings(headers: readonly (HeaderDocument | undefined)[]): void {
  const pool = new Map<string, string>();
  const one = <T,>(s: T): T => {
    if (typeof s !== 'string') return s;
    const known = pool.get(s);
    if (known !== undefined) return known as T;
    pool.set(s, s);
    return s;
  };
  for (const h of headers) {
    if (!h) continue;
    h.held = one(h.held);
    if (h.kind !== undefined) h.kind = one(h.kind);
    const record = h.record;
    if (!record) continue;
    record.doc_type = one(record.doc_type);
    record.date = one(record.date);
    if (record.parent !== undefined) record.parent = one(record.parent);
    if (record.format !== undefined) record.format = one(record.format);
    const issuer = record.issuer;
    issuer.name = one(issuer.name);
    if (issuer.short !== undefined) issuer.short = one(issuer.short);
    if (issuer.parent !== undefined) issuer.parent = one(issuer.parent);
    if (issuer.aliases) issuer.aliases = issuer.aliases.map(one);
  }
}

/** A directive's model has the plan's header fields but no `format`. */
type ModelWithHeader = RecordHeader & { format?: PlanModel['format'] };

/** The ids that some document names as its parent. */
export function parentIdsOf(headers: Iterable<HeaderDocument | undefined>): Set<string> {
  const ids = new Set<string>();
  for (const h of headers) if (h?.record?.parent) ids.add(h.record.parent);
  return ids;
}

/**
 * Whether a document belongs to the context that other documents' rules read in full: the
 * directives, the agencies registries, and every document that is some document's parent.
 */
export function isContext(h: HeaderDocument | undefined, parentIds: ReadonlySet<string>): boolean {
  return h !== undefined && (h.kind === 'directive' || h.kind === 'agencies' || (h.id !== undefined && parentIds.has(h.id)));
}
