// layout/date-line: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/date-line', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/date-line '))).toEqual([]);
  });

  test('tháng 04', async () => {
    const bytes = await broken((doc) => {
      setText(doc, 8, 'Sơn La, ngày 03 tháng 04 năm 2023');
    });
    expect(await findings(bytes)).toEqual(['layout/date-line ¶8']);
  });
});
