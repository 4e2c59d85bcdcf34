// layout/page-size: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/page-size', [
  {
    what: 'Letter paper instead of A4',
    edit: (doc) => {
      const sz = wAll(doc, 'pgSz')[0];
      sz.setAttributeNS(W, 'w:w', '12240');
      sz.setAttributeNS(W, 'w:h', '15840');
      return 1;
    },
  },
]);
