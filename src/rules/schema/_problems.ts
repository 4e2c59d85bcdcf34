// schema/* rules report what the loader and the model stage recorded on the document.
import type { LoadedDocument } from '../../repository/document.js';
import type { Finding } from '../rule.js';

export function problemsOf<K extends string>(doc: LoadedDocument, rule: string, known: Record<K, unknown>, fallback: K): Finding<K>[] {
  return doc.problems
    .filter((p) => p.rule === rule)
    .map((p) => ({
      range: p.range,
      message: (p.message in known ? p.message : fallback) as K,
      ...(p.data ? { data: p.data } : {}),
      ...(p.hint && p.hint in known ? { hint: p.hint as K, ...(p.hintData ? { hintData: p.hintData } : {}) } : {}),
    }));
}
