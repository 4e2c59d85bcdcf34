// layout/name-line: the Sơn La plan as kehoach renders it passes; typed dashes instead of the
// border under the issuer's name, or no line under the motto, give exactly this finding.
import { describeLayoutRule, paragraphs, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/name-line', [
  {
    what: 'dashes typed under the issuer\'s name (¶3 loses its border and gets "--------")',
    edit: (doc) => {
      const p = paragraphs(doc)[2];
      const border = wAll(p, 'pBdr')[0];
      border.parentNode!.removeChild(border);
      const run = doc.createElementNS(W, 'w:r');
      const t = doc.createElementNS(W, 'w:t');
      t.appendChild(doc.createTextNode('--------'));
      run.appendChild(t);
      p.appendChild(run);
      return 3;
    },
  },
  {
    what: 'no line at all under the motto (¶6 loses its border)',
    edit: (doc) => {
      const border = wAll(paragraphs(doc)[5], 'pBdr')[0];
      border.parentNode!.removeChild(border);
      return 5;
    },
  },
]);
