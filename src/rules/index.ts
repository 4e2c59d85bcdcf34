// The registry: every rule imported by hand, sorted by id (markdownlint's lib/rules.mjs).
// test/rules/registry.test.ts fails when a rule file is missing here or its id is not its path.
import type { Rule } from './rule.js';
import assignmentEmpty from './assignment/empty.js';
import docDuplicateId from './doc/duplicate-id.js';
import indicatorMultipleLeads from './indicator/multiple-leads.js';
import indicatorNoLead from './indicator/no-lead.js';
import parentIndicatorNotCovered from './parent/indicator-not-covered.js';
import parentTaskNotCovered from './parent/task-not-covered.js';
import parentWaiverUnknown from './parent/waiver-unknown.js';
import refAgency from './ref/agency.js';
import refCycle from './ref/cycle.js';
import refParent from './ref/parent.js';
import refParentIndicator from './ref/parent-indicator.js';
import refParentTask from './ref/parent-task.js';
import schemaMissing from './schema/missing.js';
import schemaSyntax from './schema/syntax.js';
import schemaType from './schema/type.js';
import schemaUnknownKey from './schema/unknown-key.js';

export const rules: readonly Rule[] = [
  assignmentEmpty,
  docDuplicateId,
  indicatorMultipleLeads,
  indicatorNoLead,
  parentIndicatorNotCovered,
  parentTaskNotCovered,
  parentWaiverUnknown,
  refAgency,
  refCycle,
  refParent,
  refParentIndicator,
  refParentTask,
  schemaMissing,
  schemaSyntax,
  schemaType,
  schemaUnknownKey,
] as Rule[];

export const ruleIds: readonly string[] = rules.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
