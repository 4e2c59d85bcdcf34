// spec/editor.md: "a suppression without a reason is itself a warning" — the next reader
// (an inspector, a colleague) must know why a finding was accepted.
import { defineSuppressionRule } from '../rule.js';

export default defineSuppressionRule({
  id: 'suppress/no-reason',
  severity: 'warning',
  kinds: 'suppressions',
  description: { vi: 'Chú thích tắt quy tắc không ghi lý do', en: 'A suppression comment without a reason' },
  messages: {
    'no-reason': {
      vi: 'Chú thích tắt quy tắc {rules} không ghi lý do',
      en: 'The suppression of {rules} gives no reason',
    },
    hint: {
      vi: 'Ghi lý do sau hai gạch nối, ví dụ: # kehoach-disable-next-line {rules} -- đã thống nhất với Sở Tư pháp',
      en: 'Write the reason after two dashes, e.g.: # kehoach-disable-next-line {rules} -- agreed with the Department of Justice',
    },
  },
  checkSuppressions(suppressions) {
    return suppressions
      .filter((s) => s.reason === undefined)
      .map((s) => ({ at: { range: s.range }, message: 'no-reason' as const, data: { rules: s.rules.join(', ') }, hint: 'hint' as const }));
  },
});
