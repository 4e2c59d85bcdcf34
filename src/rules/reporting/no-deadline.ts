// rules.md "Indicators and assignments": a periodic report ("6 tháng, một năm") without a
// `due` leaves every agency to guess when to send it. `due: null` and no `due` are the same.
// Exempt: `ad_hoc` reports (the deadline comes with each request). A `once` report without a
// date is reported too: only a once-report with a date is complete. So is a `periodic` one
// ("báo cáo định kỳ", no period stated): it is not a day's deadline either (rules.md).
import { defineRule, type Finding, place } from '../rule.js';

const PERIOD_NAMES: Record<string, { vi: string; en: string }> = {
  once: { vi: 'kỳ một lần', en: 'one-off' },
  monthly: { vi: 'kỳ hằng tháng', en: 'monthly' },
  quarterly: { vi: 'kỳ hằng quý', en: 'quarterly' },
  semiannual: { vi: 'kỳ 6 tháng', en: 'half-yearly' },
  annual: { vi: 'kỳ hằng năm', en: 'annual' },
  periodic: { vi: 'định kỳ, không nêu kỳ', en: 'periodic (period not stated)' },
};

export default defineRule({
  id: 'reporting/no-deadline',
  severity: 'warning',
  kinds: ['plan'],
  description: { vi: 'Báo cáo định kỳ không có hạn nộp', en: 'A periodic report with no deadline' },
  messages: {
    missing: {
      vi: 'Báo cáo "{name}" ({periodVi}) không có hạn nộp ("due")',
      en: 'The {periodEn} report "{name}" has no deadline ("due")',
    },
    hint: {
      vi: 'Ghi "due": "MM-DD" cho hạn hằng năm (ví dụ "05-10" là trước ngày 10/5) hoặc một ngày ISO; báo cáo theo yêu cầu thì ghi "period: ad_hoc"',
      en: 'Write "due": "MM-DD" for a yearly deadline (e.g. "05-10" is before 10 May) or an ISO date; for reports on request write "period: ad_hoc"',
    },
  },
  check(doc) {
    const findings: Finding<'missing' | 'hint'>[] = [];
    for (const [i, report] of (doc.model.reporting ?? []).entries()) {
      if (report.period === 'ad_hoc' || (report.due !== null && report.due !== undefined)) continue;
      const names = PERIOD_NAMES[report.period];
      // `due: null` is pointed at; an omitted `due` at the period that calls for one.
      const at = report.due === null ? place(['reporting', i, 'due']) : place(['reporting', i, 'period']);
      findings.push({ at, message: 'missing', data: { name: report.name, periodVi: names.vi, periodEn: names.en }, hint: 'hint' });
    }
    return findings;
  },
});
