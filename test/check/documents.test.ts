// kehoach check on whole documents: every DOCX kehoach renders (each example plan, the three
// formats, drafts) reports no layout finding; the real documents of test/fixtures/check/
// (copied from shared/documents, whose MANIFEST.yaml lists their departures from NĐ30 as read
// in their XML) report exactly those departures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLayout } from '../../src/check/check.js';
import { ROOT } from '../helpers.js';
import { renderInProcess } from '../render/helpers.js';

const PLANS = readdirSync(join(ROOT, 'examples/plans')).filter((f) => f.endsWith('.yaml'));

async function check(bytes: Buffer) {
  const result = await checkLayout(bytes, 'x.docx', { config: {}, lang: 'vi' });
  return { format: result.format, findings: result.diagnostics.map((d) => `${d.rule} ¶${d.paragraph?.number} ${d.message}`) };
}

describe('every DOCX kehoach renders has no layout finding', () => {
  test.each(PLANS.flatMap((plan) => [[plan, false] as const, [plan, true] as const]))('%s (draft: %s)', async (plan, draft) => {
    const { findings } = await check(await renderInProcess(join(ROOT, 'examples/plans', plan), draft));
    expect(findings).toEqual([]);
  }, 60_000);

  test('the examples cover the three formats, each recognised from the header', async () => {
    const formats = new Set<string>();
    for (const plan of PLANS) formats.add((await check(await renderInProcess(join(ROOT, 'examples/plans', plan)))).format);
    expect([...formats].sort()).toEqual(['party', 'state', 'union']);
  }, 120_000);
});

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/check', name));

describe('real documents: the departures MANIFEST.yaml lists, and no others', () => {
  test('ld-kh-cchc-2026.docx: the last Nơi nhận line has no full stop', async () => {
    expect(await check(fixture('ld-kh-cchc-2026.docx'))).toEqual({
      format: 'state',
      findings: ['layout/noi-nhan ¶149 Dòng cuối của Nơi nhận "- Lưu: VT, NC.Châu" phải kết thúc bằng dấu chấm.'],
    });
  });

  test('ld-kh-pcmt-2030.docx: bottom margin 17.5 mm; the last Nơi nhận line (after a line break) has no full stop', async () => {
    expect(await check(fixture('ld-kh-pcmt-2030.docx'))).toEqual({
      format: 'state',
      findings: [
        'layout/margins ¶1 Lề dưới 17,5 mm, ngoài khoảng 20–25 mm của Nghị định 30.',
        'layout/noi-nhan ¶153 Dòng cuối của Nơi nhận "- Lưu: VT, NC.Châu" phải kết thúc bằng dấu chấm.',
      ],
    });
  });

  test('ld-cv-chiso-cchc-2025.docx: headings in "Times New Roman Bold"; Kính gửi without "Như trên"; no final full stop', async () => {
    expect(await check(fixture('ld-cv-chiso-cchc-2025.docx'))).toEqual({
      format: 'state',
      findings: [
        'layout/font ¶17 Đoạn này dùng phông "Times New Roman Bold", không phải Times New Roman.',
        'layout/font ¶30 Đoạn này dùng phông "Times New Roman Bold", không phải Times New Roman.',
        'layout/noi-nhan ¶61 Văn bản có "Kính gửi" nhưng Nơi nhận không có dòng "- Như trên;".',
        'layout/noi-nhan ¶69 Dòng cuối của Nơi nhận "- Lưu: VT, HCQT, KTTH, NC.Châu" phải kết thúc bằng dấu chấm.',
      ],
    });
  });
});
