// layout/font: an otherwise good document (the Sơn La plan as kehoach renders it) with
// exactly this figure broken gives exactly this finding, at this paragraph.
import { describe, expect, test } from 'vitest';
import { broken, findings, goodDocx, runProps, setText, setW, W, wAll } from '../../helpers.js';

void runProps; void setText; void setW; void W; void wAll;

describe('layout/font', () => {
  test('the rendered document passes', async () => {
    expect((await findings(await goodDocx())).filter((f) => f.startsWith('layout/font '))).toEqual([]);
  });

  test('one paragraph in Arial', async () => {
    const bytes = await broken((doc) => {
      setW(doc, runProps(doc, 13), 'rFonts', { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' });
    });
    expect(await findings(bytes)).toEqual(['layout/font ¶13']);
  });
});
