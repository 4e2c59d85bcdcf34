// layout/header-table: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/header-table', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/header-table '))).toEqual([]);
  });

  test('a visible top border on the first cell of the header table (a cell border wins over the table border)', async () => {
    const bytes = await broken((doc) => {
      wAll(wAll(doc, 'tcBorders')[0], 'top')[0].setAttributeNS(W, 'w:val', 'single');
    });
    expect(await findings(bytes)).toEqual(['layout/header-table ¶1']);
  });
});
