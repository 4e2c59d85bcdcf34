// schema/* rules report what the loader and the model stage recorded on the document.
import type { ProblemMessage, ProblemRule } from '../../load/problem-messages.js';
import type { LoadProblem, ProblemOf } from '../../load/source.js';
import type { LoadedDocument } from '../../repository/document.js';
import type { Finding } from '../rule.js';

const isOf = <R extends ProblemRule>(p: LoadProblem | ProblemOf<R>, rule: R): p is ProblemOf<R> => p.rule === rule;

export function problemsOf<R extends ProblemRule>(doc: LoadedDocument, rule: R): Finding<ProblemMessage<R>>[] {
  const findings: Finding<ProblemMessage<R>>[] = [];
  for (const p of doc.problems) {
    if (!isOf(p, rule)) continue;
    findings.push({
      at: { range: p.range },
      message: p.message,
      ...(p.data ? { data: p.data } : {}),
      ...(p.hint ? { hint: p.hint, ...(p.hintData ? { hintData: p.hintData } : {}) } : {}),
    });
  }
  return findings;
}
