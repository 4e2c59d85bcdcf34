// rules.md: an inline suppression comment that suppresses nothing — the finding it was written
// for is gone (fixed, or moved to another line), and the comment would hide the next one.
import { defineSuppressionRule } from '../rule.js';

export default defineSuppressionRule({
  id: 'suppress/unused',
  severity: 'warning',
  kinds: 'suppressions',
  description: { vi: 'Chú thích tắt quy tắc không tắt phát hiện nào', en: 'A suppression comment that suppresses nothing' },
  messages: {
    unused: {
      vi: 'Chú thích "kehoach-disable" cho quy tắc {rule} không che phát hiện nào',
      en: 'The "kehoach-disable" comment for {rule} suppresses nothing',
    },
    hint: {
      vi: 'Xóa {rule} khỏi chú thích này (hoặc cả dòng chú thích) nếu lỗi đã được sửa',
      en: 'Remove {rule} from the comment (or the whole comment line) if the finding was fixed',
    },
  },
  checkSuppressions(_suppressions, unused) {
    return unused.map((u) => ({ at: { range: u.suppression.range }, message: 'unused' as const, data: { rule: u.rule }, hint: 'hint' as const }));
  },
});
