// One plan, named by id or by the path of its file, with its whole repository (spec/cli.md
// "Which repository a path belongs to"): what `render` and `matrix` start from.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { didYouMean, UserError, type Lang } from '../diagnostics/diagnostic.js';
import { inRepository, resolveRepository } from '../load/config.js';
import type { LoadedDocument } from '../repository/document.js';
import { loadRepository, type LoadedRepository } from './load-repository.js';

const PLAN_FILE = /\.ya?ml$/i;

function looksLikePath(arg: string, cwd: string): boolean {
  return PLAN_FILE.test(arg) || arg.includes('/') || arg.includes(sep) || existsSync(resolve(cwd, arg));
}

/**
 * The document `ref` names and its repository; a clear refusal when there is none, when it is
 * another kind of document, or when it has no `kind:` at all. Whether it passed the plan
 * model is for the caller to decide (render may lay out a draft; matrix may not).
 */
export function findPlanWithRepository(ref: string, cwd: string, repoOption: string | undefined, lang: Lang): LoadedRepository & { doc: LoadedDocument } {
  const planPath = looksLikePath(ref, cwd) ? resolve(cwd, ref) : undefined;
  if (planPath && !existsSync(planPath)) {
    throw new UserError(lang === 'en' ? `The plan file "${ref}" does not exist.` : `Không tìm thấy tệp kế hoạch "${ref}".`);
  }
  const scope = resolveRepository(planPath ? [planPath] : [], cwd, repoOption, lang);
  const loaded = loadRepository(scope, cwd);
  const { repo } = loaded;
  const doc = planPath ? repo.documents.find((d) => resolve(cwd, d.file) === planPath) : repo.get(ref);
  if (!doc) {
    const planIds = repo.documents.filter((d) => d.kind === 'plan' && d.id).map((d) => d.id as string);
    const suggestion = didYouMean(ref, planIds);
    const where = inRepository(scope.root, cwd, lang);
    throw new UserError(
      lang === 'en'
        ? `No plan "${ref}" ${where}${suggestion ? ` (did you mean ${suggestion}?)` : '.'}`
        : `Không có kế hoạch "${ref}" ${where}${suggestion ? ` (có phải ý bạn là ${suggestion}?)` : '.'}`,
    );
  }
  if (doc.kind !== undefined && doc.kind !== 'plan') {
    const kindVi = doc.kind === 'directive' ? 'văn bản cấp trên (kind: directive)' : 'danh mục cơ quan (kind: agencies)';
    throw new UserError(lang === 'en' ? `"${doc.file}" is a ${doc.kind}, not a plan (kind: plan).` : `"${doc.file}" là ${kindVi}, không phải kế hoạch (kind: plan).`);
  }
  const data = doc.data;
  if (doc.kind === undefined && data !== null && typeof data === 'object' && !Array.isArray(data) && !('kind' in data)) {
    throw new UserError(
      lang === 'en'
        ? `"${doc.file}" has no "kind: plan" line, so it is not read as a plan. Add "kind: plan" as its first line.`
        : `"${doc.file}" không có dòng "kind: plan" nên không được đọc là một kế hoạch. Hãy thêm dòng "kind: plan" vào đầu tệp.`,
    );
  }
  return { ...loaded, doc };
}
