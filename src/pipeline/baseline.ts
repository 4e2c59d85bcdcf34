// The baseline step of `validate` (spec/editor.md): after the run, its findings are filtered by
// kehoach-suppressions.json, or (--suppress-all / --prune-suppressions) the file is written
// from them first.
import type { Lang } from '../diagnostics/diagnostic.js';
import { resolveRepository } from '../load/config.js';
import { readBaseline, updateBaseline, withBaseline, writeBaseline } from '../suppress/baseline.js';
import type { ValidateResult } from './engine.js';

export interface BaselineStep<R> {
  result: R;
  /** The file written (as shown to the user) and how many findings it accepts. */
  written?: { file: string; findings: number };
}

export function baselineStep<R extends ValidateResult>(
  result: R,
  paths: readonly string[],
  cwd: string,
  lang: Lang,
  repoOption: string | undefined,
  update: 'all' | 'prune' | undefined,
): BaselineStep<R> {
  const { root } = resolveRepository(paths, cwd, repoOption, lang);
  let baseline = readBaseline(root, lang);
  let written: BaselineStep<R>['written'];
  if (update) {
    baseline = updateBaseline(baseline ?? {}, result.diagnostics, result.files, root, cwd, update);
    const file = writeBaseline(root, cwd, baseline, lang);
    const findings = Object.values(baseline).reduce((n, rules) => n + Object.values(rules).reduce((m, r) => m + r.count, 0), 0);
    written = { file, findings };
  }
  return { result: baseline ? withBaseline(result, baseline, root, cwd) : result, written };
}
