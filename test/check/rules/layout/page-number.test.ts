// layout/page-number: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, wAll } from '../../helpers.js';

describeLayoutRule('layout/page-number', [
  {
    what: 'a page number on the first page (no w:titlePg)',
    edit: (doc) => {
      const t = wAll(doc, 'titlePg')[0];
      t.parentNode!.removeChild(t);
      return 1;
    },
  },
]);
