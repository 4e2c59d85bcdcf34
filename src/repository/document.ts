// A document as the rules see it: the parsed source (for ranges), the raw data, the typed
// model when the data passed the zod model, and the problems the loader and model found.
import type { LoadProblem, YamlPath, YamlSource } from '../load/source.js';
import type { Range } from '../diagnostics/diagnostic.js';
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
  rangeOf(path: YamlPath, part?: 'key' | 'value'): Range;
  rangeIn(path: YamlPath, from: number, to: number): Range;
}

export function isChecked(doc: LoadedDocument): doc is CheckedDocument {
  return doc.model !== undefined && doc.kind !== undefined && doc.id !== undefined;
}

export function asChecked<K extends Kind>(doc: LoadedDocument, kind: K): CheckedDocument<K> | undefined {
  if (!isChecked(doc) || doc.kind !== kind) return undefined;
  return doc as CheckedDocument<K>;
}

/**
 * Ranges are resolved when first read (Spectral's lazy ranges): a rule may ask for a range
 * before it knows whether it has a finding, and a clean, fast-parsed file then never pays
 * for building the full YAML document.
 */
function lazyRange(resolve: () => Range): Range {
  let resolved: Range | undefined;
  const get = () => (resolved ??= resolve());
  return {
    get start() {
      return get().start;
    },
    get end() {
      return get().end;
    },
  };
}

export function withRanges(doc: LoadedDocument): LoadedDocument {
  const d = doc as LoadedDocument & Pick<CheckedDocument, 'rangeOf' | 'rangeIn'>;
  d.rangeOf = (path, part) => lazyRange(() => doc.source.rangeOf(path, part));
  d.rangeIn = (path, from, to) => lazyRange(() => doc.source.rangeIn(path, from, to));
  return d;
}
