// Queries on a plan or directive model: its indicators, tasks and agency references with their
// YAML paths, the parent's tasks, how a message names a document. Read by the rules (which point
// at the paths), by the pipeline's views (matrix, tree, new plan), by the LSP and by render.
import type { YamlPath } from '../load/source.js';
import type { DirectiveModel, IndicatorModel, PlanModel, ReportModel, TaskModel } from './schemas.js';

export interface At<T> {
  item: T;
  path: YamlPath;
}

export function indicatorsOf(model: PlanModel | DirectiveModel): At<IndicatorModel>[] {
  const out: At<IndicatorModel>[] = [];
  model.indicators?.groups.forEach((group, g) =>
    group.items.forEach((item, i) => out.push({ item, path: ['indicators', 'groups', g, 'items', i] })),
  );
  return out;
}

/** Every task and sub-task of a plan, depth first, in print order. */
export function tasksOf(model: PlanModel): At<TaskModel>[] {
  const out: At<TaskModel>[] = [];
  const visit = (items: readonly TaskModel[], base: YamlPath) =>
    items.forEach((item, i) => {
      const path = [...base, i];
      out.push({ item, path });
      if (item.items) visit(item.items, [...path, 'items']);
    });
  visit(model.tasks?.items ?? [], ['tasks', 'items']);
  return out;
}

/** The parent's tasks: a directive's list, or a parent plan's top-level tasks. */
export function parentTasks(parent: PlanModel | DirectiveModel): { id: string; title: string }[] {
  if (parent.kind === 'directive') return parent.tasks ?? [];
  return (parent.tasks?.items ?? []).map((t) => ({ id: t.id, title: t.title }));
}

/** The parent's tasks that no task of the plan implements and the plan does not waive. */
export function uncoveredParentTasks(plan: PlanModel, parent: PlanModel | DirectiveModel): { id: string; title: string }[] {
  const implemented = new Set(tasksOf(plan).flatMap(({ item }) => item.implements ?? []));
  const waived = new Set(Object.keys(plan.tasks?.waived ?? {}));
  return parentTasks(parent).filter((t) => !implemented.has(t.id) && !waived.has(t.id));
}

/** A task title as a message quotes it: long titles (a directive's are paragraphs) cut short. */
export function shortTitle(title: string): string {
  return title.length > 80 ? `${title.slice(0, 80)}…` : title;
}

/** `lead` may be one key or (warned by indicator/multiple-leads) a list. */
export function leadsOf(lead: string | string[] | null | undefined): string[] {
  if (lead === null || lead === undefined) return [];
  return Array.isArray(lead) ? lead : [lead];
}

export interface AgencyRef {
  key: string;
  path: YamlPath;
}

/** Every place a plan or directive names an agency by key. */
export function agencyRefsOf(model: PlanModel | DirectiveModel): AgencyRef[] {
  const refs: AgencyRef[] = [];
  const leadRefs = (lead: string | string[] | null | undefined, path: YamlPath) => {
    if (typeof lead === 'string') refs.push({ key: lead, path });
    else if (Array.isArray(lead)) lead.forEach((key, i) => refs.push({ key, path: [...path, i] }));
  };
  const listRefs = (keys: readonly string[] | undefined, path: YamlPath) =>
    keys?.forEach((key, i) => refs.push({ key, path: [...path, i] }));
  for (const { item, path } of indicatorsOf(model)) {
    leadRefs(item.lead, [...path, 'lead']);
    listRefs(item.support, [...path, 'support']);
  }
  if (model.kind === 'plan') {
    for (const { item, path } of tasksOf(model)) {
      leadRefs(item.lead, [...path, 'lead']);
      listRefs(item.support, [...path, 'support']);
    }
    model.assignments?.forEach((a, i) => refs.push({ key: a.agency, path: ['assignments', i, 'agency'] }));
  }
  (model.reporting ?? []).forEach((report: ReportModel, i) => {
    report.from?.forEach((key, j) => {
      if (key !== 'all') refs.push({ key, path: ['reporting', i, 'from', j] });
    });
    if (report.to) refs.push({ key: report.to, path: ['reporting', i, 'to'] });
    listRefs(report.forward_to, ['reporting', i, 'forward_to']);
  });
  return refs;
}

/** How a message names a document: "Chỉ thị 28-CT/TW", or its id when it has no number yet. */
export function docLabel(model: PlanModel | DirectiveModel, id: string): string {
  return model.number ? `${model.doc_type} ${model.number}` : `${model.doc_type} "${id}"`;
}
