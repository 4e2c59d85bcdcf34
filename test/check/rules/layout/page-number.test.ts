// layout/page-number: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/page-number', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/page-number '))).toEqual([]);
  });

  test('a page number on the first page (no w:titlePg)', async () => {
    const bytes = await broken((doc) => {
      const t = wAll(doc, 'titlePg')[0]; t.parentNode!.removeChild(t);
    });
    expect(await findings(bytes)).toEqual(['layout/page-number ¶1']);
  });
});
