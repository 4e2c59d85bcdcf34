// A document as the rules see it: the parsed source (for ranges), the raw data, the typed
// model when the data passed the zod model, and the problems the loader and model found.
import type { LoadProblem, YamlSource } from '../load/source.js';
import type { Kind, ModelOfKind } from '../model/schemas.js';

export interface LoadedDocument {
  file: string;
  source: YamlSource;
  data: unknown;
  kind: Kind | undefined;
  /** The id as written, when it is a string: indexed even when the rest has schema errors. */
  id: string | undefined;
  model: ModelOfKind[Kind] | undefined;
  problems: LoadProblem[];
}

export interface CheckedDocument<K extends Kind = Kind> extends LoadedDocument {
  kind: K;
  id: string;
  model: ModelOfKind[K];
}

export function isChecked(doc: LoadedDocument): doc is CheckedDocument {
  return doc.model !== undefined && doc.kind !== undefined && doc.id !== undefined;
}

export function asChecked<K extends Kind>(doc: LoadedDocument, kind: K): CheckedDocument<K> | undefined {
  if (!isChecked(doc) || doc.kind !== kind) return undefined;
  return doc as CheckedDocument<K>;
}
