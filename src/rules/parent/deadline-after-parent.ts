// rules.md "Against the parent directive": a report this plan asks for must fall due no later
// than the report of the parent (or of any ancestor: the chain is walked to the top) that it
// feeds, or the compiled figures arrive too late to be passed on.
//
// "Feeds": the two reports have the same `period`, and
//   - the plan's report goes `to` an agency that the parent's report receives `from`, or
//   - the plan's report is forwarded (`forward_to`) to the parent report's recipient, or
//   - the plan's issuer is among the agencies the parent's report receives from (its name or
//     an alias of such an agency);
// when the parent's report has no explicit `from` (omitted, or [all]: a directive has no
// assignments to expand it to) or the plan's report has no `to`, this cannot be told, and the
// same period is taken to be enough. A report with explicit keys on both sides that match in
// none of these ways feeds another chain of reporting and is not compared.
//
// Dates: two yearly "MM-DD" dues are compared within one year, a yearly due and an ISO date
// within the date's year, two ISO dates directly (model/due.ts). Only the earliest parent
// deadline that is missed is reported, once per report.
import type { ReportModel } from '../../model/schemas.js';
import type { CheckedDocument } from '../../repository/document.js';
import type { Repository } from '../../repository/repository.js';
import { defineRule, type Finding, place } from '../rule.js';
import { docLabel } from '../../model/walk.js';
import { nameKey } from '../../vi/names.js';
import { dueAfter, parseDue, printDue, type Due } from '../../model/due.js';

type Ancestor = CheckedDocument<'directive'> | CheckedDocument<'plan'>;

function feeds(report: ReportModel, issuerName: string, parentReport: ReportModel, ancestor: Ancestor, repo: Repository): boolean {
  const from = parentReport.from ?? [];
  if (from.length === 0 || from.includes('all') || !report.to) return true;
  if (from.includes(report.to)) return true;
  if (parentReport.to && report.forward_to?.includes(parentReport.to)) return true;
  const planModel = ancestor.kind === 'plan' ? ancestor.model : undefined;
  const issuer = nameKey(issuerName);
  return from.some((key) => {
    const agency = repo.resolveAgency(planModel, key, ancestor)?.agency;
    if (!agency) return false;
    return [agency.name, agency.short ?? '', ...(agency.aliases ?? [])].some((n) => n !== '' && nameKey(n) === issuer);
  });
}

export default defineRule({
  id: 'parent/deadline-after-parent',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: {
    vi: 'Hạn báo cáo muộn hơn hạn báo cáo cùng kỳ của văn bản cấp trên mà báo cáo này phục vụ',
    en: 'A report falls due after the parent\'s report of the same period that it feeds',
  },
  messages: {
    after: {
      vi: 'Hạn "{name}" ({due}) muộn hơn hạn "{parentReport}" của {parent} ({parentDue}), báo cáo cùng kỳ mà báo cáo này phục vụ',
      en: 'The deadline of "{name}" ({due}) is after that of "{parentReport}" in {parent} ({parentDue}), the report of the same period it feeds',
    },
    hint: {
      vi: 'Đặt hạn sớm hơn {parentDue} để cơ quan tổng hợp kịp báo cáo lên cấp trên',
      en: 'Set a deadline before {parentDue} so that the compiling agency can report upwards in time',
    },
  },
  check(doc, repo) {
    const { chain } = repo.ancestors(doc);
    if (chain.length === 0) return [];
    const findings: Finding<'after' | 'hint'>[] = [];
    for (const [i, report] of (doc.model.reporting ?? []).entries()) {
      if (!report.due || report.period === 'ad_hoc') continue;
      const due = parseDue(report.due);
      if (due.kind === 'invalid') continue;
      let missed: { limit: Due; report: ReportModel; ancestor: Ancestor } | undefined;
      for (const ancestor of chain) {
        for (const parentReport of ancestor.model.reporting ?? []) {
          if (parentReport.period !== report.period || !parentReport.due) continue;
          const limit = parseDue(parentReport.due);
          if (limit.kind === 'invalid' || !dueAfter(due, limit)) continue;
          if (!feeds(report, doc.model.issuer.name, parentReport, ancestor, repo)) continue;
          if (!missed || dueAfter(missed.limit, limit)) missed = { limit, report: parentReport, ancestor };
        }
      }
      if (!missed) continue;
      const data = {
        name: report.name,
        due: printDue(due),
        parentReport: missed.report.name,
        parent: docLabel(missed.ancestor.model, missed.ancestor.id),
        parentDue: printDue(missed.limit),
      };
      findings.push({ at: place(['reporting', i, 'due']), message: 'after', data, hint: 'hint' });
    }
    return findings;
  },
});
