// The walks of model/walk.ts over a document of the run, each built once per document and run
// (Repository.memoOf): some fifteen rules read a plan's indicators, tasks and agency references,
// and each walk builds a list with a path for every item — a tenth of what a clean plan's
// check allocated (issue 13). The lists are shared: read them, never change them.
import type { IndicatorModel, TaskModel } from '../../model/schemas.js';
import { agencyRefsOf, indicatorsOf, tasksOf, type AgencyRef, type At } from '../../model/walk.js';
import type { CheckedDocument } from '../../repository/document.js';
import { memoKey, type Repository } from '../../repository/repository.js';

type PlanOrDirective = CheckedDocument<'plan' | 'directive'> | CheckedDocument<'plan'> | CheckedDocument<'directive'>;

const INDICATORS = memoKey<readonly At<IndicatorModel>[]>('the indicators of a plan or directive');
const TASKS = memoKey<readonly At<TaskModel>[]>('the tasks of a plan');
const AGENCY_REFS = memoKey<readonly AgencyRef[]>('the agency references of a plan or directive');

/** indicatorsOf the document's model, once per run. */
export function indicatorsIn(doc: PlanOrDirective, repo: Repository): readonly At<IndicatorModel>[] {
  return repo.memoOf(doc, INDICATORS, () => indicatorsOf(doc.model));
}

/** tasksOf the plan's model, once per run. */
export function tasksIn(doc: CheckedDocument<'plan'>, repo: Repository): readonly At<TaskModel>[] {
  return repo.memoOf(doc, TASKS, () => tasksOf(doc.model));
}

/** agencyRefsOf the document's model, once per run. */
export function agencyRefsIn(doc: PlanOrDirective, repo: Repository): readonly AgencyRef[] {
  return repo.memoOf(doc, AGENCY_REFS, () => agencyRefsOf(doc.model));
}
