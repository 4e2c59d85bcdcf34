// layout/noi-nhan: an otherwise good document (the Sơn La plan as kehoach renders it) whose last
// recipient line lost its full stop gives exactly this finding, at that line's paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, numberOf, setText } from '../../helpers.js';

describe('layout/noi-nhan', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/noi-nhan '))).toEqual([]);
  });

  test('"- Lưu: …" without its full stop', async () => {
    let at = 0;
    const bytes = await broken((doc) => {
      at = numberOf(doc, (t) => t.startsWith('- Lưu:'));
      setText(doc, at, '- Lưu: VT, KGVX');
    });
    expect(at).toBeGreaterThan(100);
    expect(await findings(bytes)).toEqual([`layout/noi-nhan ¶${at}`]);
  });
});
