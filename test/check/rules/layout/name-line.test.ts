// layout/name-line: an otherwise good document (the Sơn La plan as kehoach renders it) with
// typed dashes instead of the border under the issuer's name gives exactly this finding.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, paragraphs, W, wAll } from '../../helpers.js';

describe('layout/name-line', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/name-line '))).toEqual([]);
  });

  test('dashes typed under the issuer\'s name (¶3 loses its border and gets "--------")', async () => {
    const bytes = await broken((doc) => {
      const p = paragraphs(doc)[2];
      const border = wAll(p, 'pBdr')[0];
      border.parentNode!.removeChild(border);
      const run = doc.createElementNS(W, 'w:r');
      const t = doc.createElementNS(W, 'w:t');
      t.appendChild(doc.createTextNode('--------'));
      run.appendChild(t);
      p.appendChild(run);
    });
    expect(await findings(bytes)).toEqual(['layout/name-line ¶3']);
  });

  test('no line at all under the motto', async () => {
    const bytes = await broken((doc) => {
      const border = wAll(paragraphs(doc)[5], 'pBdr')[0];
      border.parentNode!.removeChild(border);
    });
    expect(await findings(bytes)).toEqual(['layout/name-line ¶5']);
  });
});
