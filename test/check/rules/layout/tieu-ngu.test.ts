// layout/tieu-ngu: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/tieu-ngu', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/tieu-ngu '))).toEqual([]);
  });

  test('the motto with en dashes and a capital P', async () => {
    const bytes = await broken((doc) => {
      setText(doc, 5, 'Độc lập – Tự do – Hạnh Phúc');
    });
    expect(await findings(bytes)).toEqual(['layout/tieu-ngu ¶5']);
  });
});
