// layout/margins: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/margins', [
  {
    what: 'a left margin of 17.6 mm (1000 twips)',
    edit: (doc) => {
      wAll(doc, 'pgMar')[0].setAttributeNS(W, 'w:left', '1000');
      return 1;
    },
  },
]);
