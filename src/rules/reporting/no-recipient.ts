// rules.md "Indicators and assignments": a report with no `to` agency has nobody to compile it.
import { defineRule, type Finding, place } from '../rule.js';

export default defineRule({
  id: 'reporting/no-recipient',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Báo cáo không có cơ quan nhận', en: 'A report with no recipient agency' },
  messages: {
    missing: { vi: 'Báo cáo "{name}" không ghi cơ quan nhận, tổng hợp ("to")', en: 'The report "{name}" names no agency that receives and compiles it ("to")' },
    hint: {
      vi: 'Ghi "to:" là khóa của cơ quan tổng hợp báo cáo (ví dụ cơ quan thường trực của kế hoạch)',
      en: 'Write "to:" with the key of the agency that compiles the report (e.g. the plan\'s standing office)',
    },
  },
  check(doc) {
    const findings: Finding<'missing' | 'hint'>[] = [];
    for (const [i, report] of (doc.model.reporting ?? []).entries()) {
      if (report.to) continue;
      const at = report.to === null ? place(['reporting', i, 'to']) : place(['reporting', i, 'name']);
      findings.push({ at, message: 'missing', data: { name: report.name }, hint: 'hint' });
    }
    return findings;
  },
});
