// layout/header-table: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/header-table', [
  {
    what: 'a visible top border on the first cell of the header table (a cell border wins over the table border)',
    edit: (doc) => {
      wAll(wAll(doc, 'tcBorders')[0], 'top')[0].setAttributeNS(W, 'w:val', 'single');
      return 1;
    },
  },
]);
