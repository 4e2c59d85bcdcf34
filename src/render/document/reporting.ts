// Chế độ thông tin báo cáo (render.md "Body", item 7): one sentence per group of reports with
// the same senders and recipient, as the Sơn La plan writes them ("… báo cáo kết quả thực
// hiện 6 tháng đầu năm trước ngày 10/5 và báo cáo năm trước ngày 05/11 về Sở … để tổng hợp,
// báo cáo Ủy ban nhân dân tỉnh.").
import type { ReportModel } from '../../model/schemas.js';
import { agencyName, type BuildContext } from './context.js';
import { dayMonth, parseIsoDate, renderedDate } from '../../vi/dates.js';
import { lowerFirst } from '../../vi/text.js';

/** How each period is named in the sentence. */
export const PERIOD_PHRASE: Record<ReportModel['period'], string | null> = {
  semiannual: 'báo cáo kết quả thực hiện 6 tháng đầu năm',
  annual: 'báo cáo năm',
  quarterly: 'báo cáo quý',
  monthly: 'báo cáo tháng',
  ad_hoc: 'báo cáo đột xuất khi có yêu cầu',
  // "định kỳ báo cáo", the period not stated (Phú Yên's 40/KH-LĐLĐ).
  periodic: 'báo cáo định kỳ',
  // A one-off report is named by its own name.
  once: null,
};

/** "trước ngày 10/5" for a yearly "05-10"; "trước ngày 15/12/2024" for an ISO date. */
function deadline(due: string | null | undefined): string {
  if (!due) return '';
  const yearly = /^(\d{2})-(\d{2})$/.exec(due);
  if (yearly) return ` trước ngày ${dayMonth(Number(yearly[2]), Number(yearly[1]))}`;
  if (parseIsoDate(due)) return ` trước ngày ${renderedDate(due)}`;
  return ` ${due}`;
}

function reportPhrase(report: ReportModel): string {
  return (PERIOD_PHRASE[report.period] ?? lowerFirst(report.name)) + deadline(report.due);
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

interface ReportGroup {
  from: string[];
  to: string | null;
  reports: ReportModel[];
  forwardTo: string[];
}

function groupReports(reports: readonly ReportModel[]): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  for (const report of reports) {
    const from = report.from ?? ['all'];
    const key = JSON.stringify([[...from].sort(), report.to ?? null]);
    const group = groups.get(key) ?? { from, to: report.to ?? null, reports: [], forwardTo: [] };
    group.reports.push(report);
    for (const f of report.forward_to ?? []) if (!group.forwardTo.includes(f)) group.forwardTo.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The reporting sentences; `assignmentsNumeral` names the Tổ chức thực hiện section for "all". */
export function reportingSentences(ctx: BuildContext, assignmentsNumeral: string): string[] {
  return groupReports(ctx.plan.reporting ?? []).map((group) => {
    const senders = group.from.includes('all')
      ? ctx.sentences('reporting-all', { numeral: assignmentsNumeral })
      : group.from.map((key) => agencyName(ctx, key)).join(', ');
    return ctx.sentences('reporting', {
      senders,
      reports: joinWithAnd(group.reports.map(reportPhrase)),
      recipient: group.to ? agencyName(ctx, group.to) : ctx.plan.issuer.name,
      forwardTo: group.forwardTo.map((key) => agencyName(ctx, key)).join(', '),
    });
  });
}
