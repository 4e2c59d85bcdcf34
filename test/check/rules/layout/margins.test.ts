// layout/margins: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/margins', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/margins '))).toEqual([]);
  });

  test('a left margin of 17.6 mm', async () => {
    const bytes = await broken((doc) => {
      wAll(doc, 'pgMar')[0].setAttributeNS(W, 'w:left', '1000');
    });
    expect(await findings(bytes)).toEqual(['layout/margins ¶1']);
  });
});
