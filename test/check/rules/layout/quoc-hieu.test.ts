// layout/quoc-hieu: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/quoc-hieu', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/quoc-hieu '))).toEqual([]);
  });

  test('the national name in 14 pt', async () => {
    const bytes = await broken((doc) => {
      setW(doc, runProps(doc, 4), 'sz', { val: '28' });
    });
    expect(await findings(bytes)).toEqual(['layout/quoc-hieu ¶4']);
  });
});
