// layout/signature: an otherwise good document (the Sơn La plan as kehoach renders it) with the
// signer's name not bold gives exactly this finding, at the name's paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, numberOf, runProps, setW } from '../../helpers.js';

describe('layout/signature', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/signature '))).toEqual([]);
  });

  test("the signer's name not bold", async () => {
    let at = 0;
    const bytes = await broken((doc) => {
      at = numberOf(doc, (t) => t === 'Tráng Thị Xuân');
      setW(doc, runProps(doc, at), 'b', { val: 'false' });
    });
    expect(at).toBeGreaterThan(100);
    expect(await findings(bytes)).toEqual([`layout/signature ¶${at}`]);
  });
});
