// layout/so-ky-hieu: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/so-ky-hieu', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/so-ky-hieu '))).toEqual([]);
  });

  test('a number under 10 without its 0', async () => {
    const bytes = await broken((doc) => {
      setText(doc, 7, 'Số: 9/KH-UBND');
    });
    expect(await findings(bytes)).toEqual(['layout/so-ky-hieu ¶7']);
  });
});
