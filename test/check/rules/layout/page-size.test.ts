// layout/page-size: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph. A landscape A4 annex section is A4.
import { expect, test } from 'vitest';
import { addLandscapeAnnex, broken, describeLayoutRule, findings, TURNED_MARGINS, W, wAll } from '../../helpers.js';

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
  {
    what: 'the main part landscape',
    edit: (doc) => {
      const sz = wAll(doc, 'pgSz')[0];
      sz.setAttributeNS(W, 'w:w', '16838');
      sz.setAttributeNS(W, 'w:h', '11906');
      sz.setAttributeNS(W, 'w:orient', 'landscape');
      // Its margins turned with it: only the page size is wrong.
      for (const [side, twips] of Object.entries(TURNED_MARGINS)) wAll(doc, 'pgMar')[0].setAttributeNS(W, `w:${side}`, String(twips));
      return 1;
    },
  },
  {
    what: 'a landscape annex on Letter paper',
    edit: (doc) => {
      const at = addLandscapeAnnex(doc, TURNED_MARGINS);
      const sz = wAll(doc, 'pgSz').at(-1)!;
      sz.setAttributeNS(W, 'w:w', '15840');
      sz.setAttributeNS(W, 'w:h', '12240');
      return at;
    },
  },
]);

test('a landscape A4 annex section after the portrait main part: no finding of any rule', async () => {
  expect(await findings(await broken((doc) => void addLandscapeAnnex(doc, TURNED_MARGINS)))).toEqual([]);
});
