// One plan, named by id or by the path of its file, with its whole repository (spec/cli.md
// "Which repository a path belongs to"): what `render` and `matrix` start from.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { didYouMean, UserError, type Lang } from '../diagnostics/diagnostic.js';
import { inRepository, resolveRepository } from '../load/config.js';
import { asChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import { readRepository } from './engine.js';
import type { LoadedRepository } from './load-run.js';
import { t } from './messages.js';

const PLAN_FILE = /\.ya?ml$/i;

function looksLikePath(arg: string, cwd: string): boolean {
  return PLAN_FILE.test(arg) || arg.includes('/') || arg.includes(sep) || existsSync(resolve(cwd, arg));
}

/**
 * The plan a command names: its document passed the plan model (`plan`), or it is a plan file
 * that did not (`invalid`: render reports its errors, matrix refuses).
 */
export type FoundPlan = LoadedRepository & ({ plan: CheckedDocument<'plan'>; invalid?: undefined } | { plan?: undefined; invalid: LoadedDocument });

/**
 * The plan `ref` names and its repository; a clear refusal when there is none, when it is
 * another kind of document, or when it has no `kind:` at all.
 */
export function findPlan(ref: string, cwd: string, repoOption: string | undefined, lang: Lang): FoundPlan {
  const planPath = looksLikePath(ref, cwd) ? resolve(cwd, ref) : undefined;
  if (planPath && !existsSync(planPath)) throw new UserError(t(lang, 'plan.no-file', { ref }));
  const scope = resolveRepository(planPath ? [planPath] : [], cwd, repoOption, lang);
  const loaded = readRepository(scope, cwd);
  const { repo } = loaded;
  const doc = planPath ? repo.documents.find((d) => resolve(cwd, d.file) === planPath) : repo.get(ref);
  if (!doc) {
    const planIds = repo.documents.filter((d) => d.kind === 'plan' && d.id).map((d) => d.id as string);
    const suggestion = didYouMean(ref, planIds);
    const where = inRepository(scope.root, cwd, lang);
    throw new UserError(suggestion ? t(lang, 'plan.unknown-suggest', { ref, where, suggestion }) : t(lang, 'plan.unknown', { ref, where }));
  }
  if (doc.kind === 'directive') throw new UserError(t(lang, 'plan.is-directive', { file: doc.file }));
  if (doc.kind === 'agencies') throw new UserError(t(lang, 'plan.is-agencies', { file: doc.file }));
  const data = doc.data;
  if (doc.kind === undefined && data !== null && typeof data === 'object' && !Array.isArray(data) && !('kind' in data)) {
    throw new UserError(t(lang, 'plan.no-kind', { file: doc.file }));
  }
  const plan = asChecked(doc, 'plan');
  return plan ? { ...loaded, plan } : { ...loaded, invalid: doc };
}
