// The registry: every rule imported by hand, sorted by id (markdownlint's lib/rules.mjs).
// test/rules/registry.test.ts fails when a rule file is missing here or its id is not its path.
import type { Rule } from './rule.js';
import agencyDefunct from './agency/defunct.js';
import assignmentEmpty from './assignment/empty.js';
import assignmentMixedGroup from './assignment/mixed-group.js';
import assignmentRequestNeeded from './assignment/request-needed.js';
import citationDate from './citation/date.js';
import citationInconsistent from './citation/inconsistent.js';
import citationIssuer from './citation/issuer.js';
import citationType from './citation/type.js';
import docDuplicateId from './doc/duplicate-id.js';
import docNoKind from './doc/no-kind.js';
import docNotRead from './doc/not-read.js';
import fundingAmountWords from './funding/amount-words.js';
import headerNumberFormat from './header/number-format.js';
import headerSigning from './header/signing.js';
import indicatorMultipleLeads from './indicator/multiple-leads.js';
import indicatorNoLead from './indicator/no-lead.js';
import indicatorPercentRange from './indicator/percent-range.js';
import indicatorTargetTextMismatch from './indicator/target-text-mismatch.js';
import parentDateBeforeParent from './parent/date-before-parent.js';
import parentDeadlineAfterParent from './parent/deadline-after-parent.js';
import parentIndicatorNotCovered from './parent/indicator-not-covered.js';
import parentTargetWeaker from './parent/target-weaker.js';
import parentTaskNotCovered from './parent/task-not-covered.js';
import parentWaiverUnknown from './parent/waiver-unknown.js';
import recipientsArchive from './recipients/archive.js';
import refAgency from './ref/agency.js';
import refCycle from './ref/cycle.js';
import refParent from './ref/parent.js';
import refParentIndicator from './ref/parent-indicator.js';
import refParentTask from './ref/parent-task.js';
import reportingNoDeadline from './reporting/no-deadline.js';
import reportingNoRecipient from './reporting/no-recipient.js';
import reportingUnknownPeriod from './reporting/unknown-period.js';
import schemaMissing from './schema/missing.js';
import schemaSyntax from './schema/syntax.js';
import schemaType from './schema/type.js';
import schemaUnknownKey from './schema/unknown-key.js';
import suppressNoReason from './suppress/no-reason.js';
import suppressUnused from './suppress/unused.js';
import textDashSpacing from './text/dash-spacing.js';
import textInvisible from './text/invisible.js';
import textNfc from './text/nfc.js';
import textRepeatedWord from './text/repeated-word.js';
import textWhitespace from './text/whitespace.js';

export const rules: readonly Rule[] = [
  agencyDefunct,
  assignmentEmpty,
  assignmentMixedGroup,
  assignmentRequestNeeded,
  citationDate,
  citationInconsistent,
  citationIssuer,
  citationType,
  docDuplicateId,
  docNoKind,
  docNotRead,
  fundingAmountWords,
  headerNumberFormat,
  headerSigning,
  indicatorMultipleLeads,
  indicatorNoLead,
  indicatorPercentRange,
  indicatorTargetTextMismatch,
  parentDateBeforeParent,
  parentDeadlineAfterParent,
  parentIndicatorNotCovered,
  parentTargetWeaker,
  parentTaskNotCovered,
  parentWaiverUnknown,
  recipientsArchive,
  refAgency,
  refCycle,
  refParent,
  refParentIndicator,
  refParentTask,
  reportingNoDeadline,
  reportingNoRecipient,
  reportingUnknownPeriod,
  schemaMissing,
  schemaSyntax,
  schemaType,
  schemaUnknownKey,
  suppressNoReason,
  suppressUnused,
  textDashSpacing,
  textInvisible,
  textNfc,
  textRepeatedWord,
  textWhitespace,
] as Rule[];

export const ruleIds: readonly string[] = rules.map((r) => r.id);
