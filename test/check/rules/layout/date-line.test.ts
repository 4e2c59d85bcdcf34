// layout/date-line: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, setText } from '../../helpers.js';

describeLayoutRule('layout/date-line', [
  {
    what: 'tháng 04',
    edit: (doc) => {
      setText(doc, 8, 'Sơn La, ngày 03 tháng 04 năm 2023');
      return 8;
    },
  },
]);
