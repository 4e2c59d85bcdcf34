// A document's header — what other documents' rules read of it — and a stand-in document built
// from a header alone. Used by the cache (documents not re-read) and by the worker threads
// (documents another worker holds): rules run on a document with its context (directives,
// agencies, parent plans) in full and every other document as its header.
import { createHash } from 'node:crypto';
import { YamlSource } from '../load/source.js';
import type { LoadedDocument } from '../repository/document.js';

export interface Header {
  /** The document passed the model: only then does it count as a checked document. */
  valid?: boolean;
  kind?: string;
  id?: string;
  doc_type?: unknown;
  number?: unknown;
  date?: unknown;
  issuer?: unknown;
  parent?: unknown;
  title?: unknown;
  format?: unknown;
}

export function headerOf(doc: LoadedDocument): Header {
  const data = (doc.model ?? doc.data) as Record<string, unknown> | null | undefined;
  const valid = doc.model !== undefined;
  if (!data || typeof data !== 'object') return { valid, kind: doc.kind, id: doc.id };
  const { doc_type, number, date, issuer, parent, title, format } = data;
  return { valid, kind: doc.kind, id: doc.id, doc_type, number, date, issuer, parent, title, format };
}

/**
 * Plans and directives keep their header as a partial model, for what other documents' rules
 * read of them (citations, ids). An agencies registry is always part of the context, so it is
 * loaded in full whenever a rule runs; its stand-in needs no model.
 */
export function stubDocument(file: string, header: Header | undefined): LoadedDocument {
  const h = header ?? {};
  const kind = h.kind === 'plan' || h.kind === 'directive' || h.kind === 'agencies' ? h.kind : undefined;
  const model = h.valid && (kind === 'plan' || kind === 'directive') && h.id ? ({ ...h } as unknown as LoadedDocument['model']) : undefined;
  return { file, source: new YamlSource(file, ''), data: undefined, kind, id: h.id, model, problems: [] };
}

/** The ids that some document names as its parent. */
export function parentIdsOf(headers: Iterable<Header | undefined>): Set<string> {
  return new Set([...headers].map((h) => h?.parent).filter((p): p is string => typeof p === 'string'));
}

/** Whether a document belongs to the context that other documents' rules read in full. */
export function isContext(h: Header | undefined, parentIds: ReadonlySet<string>): boolean {
  return h !== undefined && (h.kind === 'directive' || h.kind === 'agencies' || (h.id !== undefined && parentIds.has(h.id)));
}

/** The content hash the cache compares a file by. */
export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}
