// rules.md "Indicators and assignments": a report `due` must be a real day, written "MM-DD"
// (every year) or as an ISO date (format.md "plan", reporting). "04-31" (31/4) does not exist;
// "10/5" is the printed form, not the YAML one. 02-29 is refused as a yearly deadline: three
// years in four have no such day. Directives are checked too: their deadlines are the limits
// parent/deadline-after-parent compares with.
import { defineRule, type Finding, place } from '../rule.js';
import { parseDue } from '../../model/due.js';

export default defineRule({
  id: 'reporting/unknown-period',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: 'Hạn báo cáo không phải là một ngày có thật', en: 'A report deadline that is not a real day' },
  messages: {
    'no-such-day': {
      vi: 'Hạn "{due}" của "{name}" không phải là một ngày có thật',
      en: 'The deadline "{due}" of "{name}" is not a real day',
    },
    shape: {
      vi: 'Hạn "{due}" của "{name}" không đúng dạng: ghi "MM-DD" cho hạn hằng năm (05-10 là ngày 10/5) hoặc ngày ISO (2024-06-15)',
      en: 'The deadline "{due}" of "{name}" has the wrong form: write "MM-DD" for a yearly deadline (05-10 is 10 May) or an ISO date (2024-06-15)',
    },
    'hint.suggest': { vi: 'Viết "{suggestion}"', en: 'Write "{suggestion}"' },
    'hint.check': {
      vi: 'Kiểm tra lại ngày trong văn bản gốc; tháng 4, 6, 9, 11 có 30 ngày, tháng 2 có 28 ngày',
      en: 'Check the date in the source text; April, June, September and November have 30 days, February 28',
    },
  },
  check(doc) {
    const findings: Finding<'no-such-day' | 'shape' | 'hint.suggest' | 'hint.check'>[] = [];
    for (const [i, report] of (doc.model.reporting ?? []).entries()) {
      if (report.due === null || report.due === undefined) continue;
      const due = parseDue(report.due);
      if (due.kind !== 'invalid') continue;
      const at = place(['reporting', i, 'due']);
      const data = { due: report.due, name: report.name };
      if (due.reason === 'day') findings.push({ at, message: 'no-such-day', data, hint: 'hint.check' });
      else if (due.suggestion) {
        findings.push({ at, message: 'shape', data, hint: 'hint.suggest', hintData: { suggestion: due.suggestion } });
      } else findings.push({ at, message: 'shape', data });
    }
    return findings;
  },
});
