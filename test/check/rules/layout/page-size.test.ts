// layout/page-size: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/page-size', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/page-size '))).toEqual([]);
  });

  test('Letter paper instead of A4', async () => {
    const bytes = await broken((doc) => {
      const sz = wAll(doc, 'pgSz')[0]; sz.setAttributeNS(W, 'w:w', '12240'); sz.setAttributeNS(W, 'w:h', '15840');
    });
    expect(await findings(bytes)).toEqual(['layout/page-size ¶1']);
  });
});
