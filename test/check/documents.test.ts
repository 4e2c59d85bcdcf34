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

describe('a document typed in an office (the Sơn La seed text made a DOCX by LibreOffice: no styles, no table)', () => {
  test('gets the findings it deserves, at their paragraphs, and no others', async () => {
    const result = await checkLayout(fixture('typed-libreoffice-son-la.docx'), 'x.docx', { config: {}, lang: 'vi' });
    const d = result.diagnostics;
    // The figures of the page and of each part of the header and signature, one by one.
    expect(d.filter((x) => x.rule !== 'layout/body' && x.rule !== 'layout/font' && x.rule !== 'layout/noi-nhan').map((x) => `${x.rule} ¶${x.paragraph?.number} ${x.message}`)).toEqual([
      'layout/header-table ¶1 Không thấy bảng phần đầu (hai cột: tên cơ quan ban hành | Quốc hiệu và Tiêu ngữ).',
      'layout/margins ¶1 Lề trái 20 mm, ngoài khoảng 30–35 mm của Nghị định 30.',
      'layout/page-number ¶1 Văn bản không có số trang ở đầu trang (trường PAGE trong phần đầu trang).',
      'layout/name-line ¶3 Đường kẻ dưới tên được gõ bằng dấu gạch ("-------"); dùng đường viền dưới đoạn hoặc đường kẻ vẽ (Insert > Shapes > Line).',
      'layout/quoc-hieu ¶5 Dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" cỡ 10 pt; cần 12–13 pt.',
      'layout/quoc-hieu ¶5 Dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" phải căn giữa.',
      'layout/quoc-hieu ¶5 Dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" phải in đậm.',
      'layout/tieu-ngu ¶6 Tiêu ngữ cỡ 10 pt; cần 13–14 pt.',
      'layout/tieu-ngu ¶6 Tiêu ngữ phải căn giữa.',
      'layout/tieu-ngu ¶6 Tiêu ngữ phải in đậm.',
      'layout/name-line ¶7 Đường kẻ dưới tên được gõ bằng dấu gạch ("---------------"); dùng đường viền dưới đoạn hoặc đường kẻ vẽ (Insert > Shapes > Line).',
      'layout/so-ky-hieu ¶9 Dòng số, ký hiệu cỡ 10 pt; cần 13 pt.',
      'layout/date-line ¶11 Dòng địa danh, ngày tháng cỡ 10 pt; cần 13–14 pt.',
      'layout/date-line ¶11 Dòng địa danh, ngày tháng phải in nghiêng.',
      'layout/date-line ¶11 Tháng viết "tháng 04"; đúng là "tháng 4".',
      'layout/title ¶13 Thiếu đường kẻ ngắn dưới trích yếu.',
      'layout/title ¶13 Tên loại văn bản "KẾ HOẠCH" cỡ 10 pt; cần 13–14 pt.',
      'layout/title ¶13 Tên loại văn bản "KẾ HOẠCH" phải in hoa, đậm, căn giữa.',
      'layout/signature ¶231 Không thấy khối chữ ký (bảng "Nơi nhận" | chữ ký ở cuối văn bản).',
    ]);
    // Nơi nhận typed as paragraphs: its label and its five lines in 10 pt.
    expect(d.filter((x) => x.rule === 'layout/noi-nhan').map((x) => x.paragraph?.number)).toEqual([232, 232, 233, 234, 235, 236, 237]);
    // Liberation Mono, LibreOffice's face for plain text, on every paragraph that prints, and as the default.
    const printed = result.docx.paragraphs.filter((p) => p.text.trim() !== '').map((p) => p.number);
    expect([...new Set(d.filter((x) => x.rule === 'layout/font').map((x) => x.paragraph?.number))]).toEqual(printed);
    // Body text in 10 pt without indent: every body paragraph, no header line among them.
    const body = new Set(d.filter((x) => x.rule === 'layout/body').map((x) => x.paragraph!.number));
    expect(Math.min(...body)).toBeGreaterThan(13);
    expect(Math.max(...body)).toBeLessThan(232);
  });
});

// The same seed text made a DOCX by pandoc's default template (pandoc 2.17, `pandoc -f commonmark
// pandoc-son-la.md -o pandoc-son-la.docx`; the Markdown is the seed's lines from the header to the
// signer's name, one paragraph each, Markdown's characters escaped): no page size or margins,
// Cambria, 12 pt, no tables, no empty paragraphs.
describe("a DOCX made by pandoc's default template from the Sơn La seed text", () => {
  test('gets the findings it deserves, at their paragraphs, and no others', async () => {
    const result = await checkLayout(fixture('pandoc-son-la.docx'), 'x.docx', { config: {}, lang: 'vi' });
    const d = result.diagnostics;
    expect(d.filter((x) => x.rule !== 'layout/body' && x.rule !== 'layout/font' && x.rule !== 'layout/noi-nhan').map((x) => `${x.rule} ¶${x.paragraph?.number} ${x.message}`)).toEqual([
      'layout/header-table ¶1 Không thấy bảng phần đầu (hai cột: tên cơ quan ban hành | Quốc hiệu và Tiêu ngữ).',
      'layout/margins ¶1 Văn bản không đặt lề dưới (w:pgMar): Word và LibreOffice dùng lề mặc định (thường 25,4 mm); đặt lề theo Nghị định 30, 20–25 mm.',
      'layout/margins ¶1 Văn bản không đặt lề phải (w:pgMar): Word và LibreOffice dùng lề mặc định (thường 25,4 mm); đặt lề theo Nghị định 30, 15–20 mm.',
      'layout/margins ¶1 Văn bản không đặt lề trái (w:pgMar): Word và LibreOffice dùng lề mặc định (thường 25,4 mm); đặt lề theo Nghị định 30, 30–35 mm.',
      'layout/margins ¶1 Văn bản không đặt lề trên (w:pgMar): Word và LibreOffice dùng lề mặc định (thường 25,4 mm); đặt lề theo Nghị định 30, 20–25 mm.',
      'layout/page-number ¶1 Văn bản không có số trang ở đầu trang (trường PAGE trong phần đầu trang).',
      'layout/page-size ¶1 Văn bản không đặt khổ giấy (w:pgSz): Word và LibreOffice dùng khổ mặc định của chương trình (thường là Letter, 216 × 279 mm); đặt khổ A4 (210 × 297 mm).',
      'layout/name-line ¶3 Đường kẻ dưới tên được gõ bằng dấu gạch ("-------"); dùng đường viền dưới đoạn hoặc đường kẻ vẽ (Insert > Shapes > Line).',
      'layout/quoc-hieu ¶4 Dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" phải căn giữa.',
      'layout/quoc-hieu ¶4 Dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" phải in đậm.',
      'layout/tieu-ngu ¶5 Tiêu ngữ cỡ 12 pt; cần 13–14 pt.',
      'layout/tieu-ngu ¶5 Tiêu ngữ phải căn giữa.',
      'layout/tieu-ngu ¶5 Tiêu ngữ phải in đậm.',
      'layout/name-line ¶6 Đường kẻ dưới tên được gõ bằng dấu gạch ("---------------"); dùng đường viền dưới đoạn hoặc đường kẻ vẽ (Insert > Shapes > Line).',
      'layout/so-ky-hieu ¶7 Dòng số, ký hiệu cỡ 12 pt; cần 13 pt.',
      'layout/date-line ¶8 Dòng địa danh, ngày tháng cỡ 12 pt; cần 13–14 pt.',
      'layout/date-line ¶8 Dòng địa danh, ngày tháng phải in nghiêng.',
      'layout/date-line ¶8 Tháng viết "tháng 04"; đúng là "tháng 4".',
      'layout/title ¶9 Thiếu đường kẻ ngắn dưới trích yếu.',
      'layout/title ¶9 Tên loại văn bản "KẾ HOẠCH" cỡ 12 pt; cần 13–14 pt.',
      'layout/title ¶9 Tên loại văn bản "KẾ HOẠCH" phải in hoa, đậm, căn giữa.',
      'layout/signature ¶117 Không thấy khối chữ ký (bảng "Nơi nhận" | chữ ký ở cuối văn bản).',
    ]);
    // Nơi nhận typed as paragraphs without an empty one after it: it ends with "- Lưu: …"; the
    // label not bold italic, its five lines in 12 pt — and the signer's lines after it are not
    // taken for recipients.
    expect(d.filter((x) => x.rule === 'layout/noi-nhan').map((x) => `¶${x.paragraph?.number} ${x.message}`)).toEqual([
      '¶118 "Nơi nhận:" phải in đậm, nghiêng.',
      '¶119 Dòng nơi nhận "- Bộ Lao động - TBXH;" cỡ 12 pt; cần 11 pt.',
      '¶120 Dòng nơi nhận "- Chủ tịch UBND tỉnh;" cỡ 12 pt; cần 11 pt.',
      '¶121 Dòng nơi nhận "- Phần IV- Tổ chức thực hiện;" cỡ 12 pt; cần 11 pt.',
      '¶122 Dòng nơi nhận "- Lãnh đạo Văn phòng UBND tỉnh;" cỡ 12 pt; cần 11 pt.',
      '¶123 Dòng nơi nhận "- Lưu: VT, KGVX, Phương." cỡ 12 pt; cần 11 pt.',
    ]);
    // pandoc's Cambria on every paragraph, and as the document's default.
    const printed = result.docx.paragraphs.filter((p) => p.text.trim() !== '').map((p) => p.number);
    expect([...new Set(d.filter((x) => x.rule === 'layout/font').map((x) => x.paragraph?.number))]).toEqual(printed);
    expect(d.find((x) => x.rule === 'layout/font')?.message).toContain('"Cambria"');
    // The body (¶10–¶117) in 12 pt, not justified, without the first-line indent; no header line among it.
    const body = d.filter((x) => x.rule === 'layout/body');
    expect(Math.min(...body.map((x) => x.paragraph!.number))).toBe(10);
    expect(Math.max(...body.map((x) => x.paragraph!.number))).toBe(117);
  });
});

