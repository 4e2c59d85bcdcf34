// layout/margins: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph. A landscape annex section is held to the
// margins turned with the page, not to the portrait ones.
import { describe, expect, test } from 'vitest';
import { addLandscapeAnnex, broken, describeLayoutRule, findings, TURNED_MARGINS, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/margins', [
  {
    what: 'a left margin of 17.6 mm (1000 twips)',
    edit: (doc) => {
      wAll(doc, 'pgMar')[0].setAttributeNS(W, 'w:left', '1000');
      return 1;
    },
  },
  {
    what: 'a landscape annex whose left margin is 30 mm, the portrait figure not turned (20–25 mm expected)',
    edit: (doc) => addLandscapeAnnex(doc, { ...TURNED_MARGINS, left: 1701 }),
  },
  {
    what: 'a landscape annex whose binding edge (the top) is 25 mm (30–35 mm expected)',
    edit: (doc) => addLandscapeAnnex(doc, { ...TURNED_MARGINS, top: 1418 }),
  },
]);

describe('layout/margins on a landscape annex section', () => {
  test.each([
    ['binding edge on top', TURNED_MARGINS],
    ['binding edge at the bottom (the page turned the other way)', { ...TURNED_MARGINS, top: 851, bottom: 1701 }],
  ])('its portrait margins turned with the page (%s): no finding of any rule', async (_, margins) => {
    expect(await findings(await broken((doc) => void addLandscapeAnnex(doc, margins)))).toEqual([]);
  });

  test('the message says the page is landscape and which range it is held to', async () => {
    const { checkLayout } = await import('../../../../src/check/check.js');
    const bytes = await broken((doc) => void addLandscapeAnnex(doc, { ...TURNED_MARGINS, left: 1701 }));
    const result = await checkLayout(bytes, 'x.docx', { config: {}, lang: 'vi' });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Trang ngang: lề trái 30 mm, ngoài khoảng 20–25 mm (trang ngang giữ lề của trang dọc, xoay theo trang: lề gáy 30–35 mm ở trên hoặc dưới, cạnh đối diện 15–20 mm, lề trái và phải 20–25 mm).',
    ]);
  });
});
