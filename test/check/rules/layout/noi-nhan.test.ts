// layout/noi-nhan: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, numberOf, setText } from '../../helpers.js';

describeLayoutRule('layout/noi-nhan', [
  {
    what: '"- Lưu: …" without its full stop',
    edit: (doc) => {
      const at = numberOf(doc, (t) => t.startsWith('- Lưu:'));
      setText(doc, at, '- Lưu: VT, KGVX');
      return at;
    },
  },
]);
