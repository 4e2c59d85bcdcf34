// layout/so-ky-hieu: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, setText } from '../../helpers.js';

describeLayoutRule('layout/so-ky-hieu', [
  {
    what: 'a number under 10 without its 0',
    edit: (doc) => {
      setText(doc, 7, 'Số: 9/KH-UBND');
      return 7;
    },
  },
]);
