// layout/tieu-ngu: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, setText } from '../../helpers.js';

describeLayoutRule('layout/tieu-ngu', [
  {
    what: 'the motto with en dashes and a capital P',
    edit: (doc) => {
      setText(doc, 5, 'Độc lập – Tự do – Hạnh Phúc');
      return 5;
    },
  },
]);
