// The document model: dates, numbering, blanks, the basis as legal grounds, tasks, requests,
// recipients, signature, and that the plan's own text is never run as a template.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanModel } from '../../src/model/schemas.js';
import { type ResolvedPlan } from '../../src/pipeline/render.js';
import { buildDocModel } from '../../src/render/document/build.js';
import type { DocModel } from '../../src/render/document/model.js';
import { numberLine } from '../../src/render/document/header.js';
import { dayMonth, longDate, renderedDate } from '../../src/vi/dates.js';
import { letter, roman } from '../../src/vi/text.js';
import { LAYOUTS } from '../../src/render/layout/formats.js';
import { headerLeftTextWidth, pageLayout } from '../../src/render/layout/page.js';
import { PHU_YEN, ROOT, resolvedPlan } from './helpers.js';

const MINIMAL = join(ROOT, 'test/fixtures/render/minimal/plan.yaml');

function model(resolved: ResolvedPlan, plan: PlanModel = resolved.plan.model, draft = false): DocModel {
  const layout = LAYOUTS[plan.format ?? 'state'];
  const page = pageLayout(resolved.config, layout.bodySize);
  return buildDocModel({ plan, repo: resolved.repo, draft, leftColumnTextWidth: headerLeftTextWidth(page, layout.header.rightColumnTwips) });
}

const texts = (doc: DocModel) => doc.body.map((b) => b.text);

describe('Vietnamese dates and numbering', () => {
  it('pads the day under 10 and the months 1 and 2 only (NĐ30)', () => {
    expect(longDate('2023-04-03')).toBe('ngày 03 tháng 4 năm 2023');
    expect(longDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(longDate('2024-01-31')).toBe('ngày 31 tháng 01 năm 2024');
    expect(longDate('2024-12-15')).toBe('ngày 15 tháng 12 năm 2024');
    expect(longDate('2024-10-10')).toBe('ngày 10 tháng 10 năm 2024');
    expect(renderedDate('2021-09-30')).toBe('30/9/2021');
    expect(renderedDate('2023-02-28')).toBe('28/02/2023');
    expect(dayMonth(10, 5)).toBe('10/5');
    expect(dayMonth(5, 11)).toBe('05/11');
  });

  it('keeps blanks for the clerk when the plan is undated or dated by year only', () => {
    expect(longDate(null)).toBe('ngày     tháng     năm     ');
    expect(longDate(2024)).toBe('ngày     tháng     năm 2024');
  });

  it('writes roman numerals and letters', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XIV']);
    // Vietnamese order: đ after d, no f, j, w or z (issue 18).
    expect([0, 1, 3, 4, 5, 6, 22, 23, 24].map(letter)).toEqual(['a', 'b', 'd', 'đ', 'e', 'g', 'y', 'aa', 'ab']);
  });

  it('writes numbers under 10 as 01..09 and keeps the blank of an unnumbered plan', () => {
    const base = { issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La', short: 'UBND' } } as PlanModel;
    expect(numberLine({ ...base, number: '5/KH-UBND' }, LAYOUTS.state)).toBe('Số: 05/KH-UBND');
    expect(numberLine({ ...base, number: '93/KH-UBND' }, LAYOUTS.state)).toBe('Số: 93/KH-UBND');
    expect(numberLine({ ...base, number: null }, LAYOUTS.state)).toBe('Số:      /KH-UBND');
    expect(numberLine({ ...base, number: '28-KH/TU' }, LAYOUTS.party)).toBe('Số 28-KH/TU');
  });

  it('without issuer.short: the usual abbreviation of the issuing body, else a blank, never "KH-" alone', () => {
    const plan = (name: string) => ({ issuer: { name }, number: null }) as PlanModel;
    expect(numberLine(plan('Ủy ban nhân dân xã Chiềng Ban'), LAYOUTS.state)).toBe('Số:      /KH-UBND');
    expect(numberLine(plan('Liên đoàn Lao động tỉnh Phú Yên'), LAYOUTS.state)).toBe('Số:      /KH-LĐLĐ');
    expect(numberLine(plan('Sở Y tế'), LAYOUTS.state)).toBe('Số:      /KH-      ');
  });
});

describe('a plan without indicators, grounded on laws (fixture "minimal")', () => {
  const resolved = resolvedPlan({ plan: MINIMAL, cwd: ROOT, lang: 'vi' });
  const doc = model(resolved);

  it('prints each legal ground on its own italic line, ";" then ".", then the issuing sentence', () => {
    expect(doc.body.slice(0, 3)).toEqual([
      { kind: 'paragraph', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic: true },
      { kind: 'paragraph', text: 'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016.', italic: true },
      { kind: 'paragraph', text: 'Ủy ban nhân dân xã Thử Nghiệm ban hành Kế hoạch tổ chức ngày hội thử nghiệm năm 2024 như sau:' },
    ]);
  });

  it('uses I. MỤC ĐÍCH, YÊU CẦU with 1. Mục đích and 2. Yêu cầu, then numbers tasks 1., a)', () => {
    const t = texts(doc);
    expect(t).toEqual(expect.arrayContaining(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Chuẩn bị', 'a) Chuẩn bị địa điểm']));
    expect(t.indexOf('1. Mục đích')).toBeLessThan(t.indexOf('2. Yêu cầu'));
    expect(t).toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(t).toContain('2. Đề nghị Huyện đoàn');
    expect(t).toContain('IV. CHẾ ĐỘ THÔNG TIN BÁO CÁO');
    expect(t).toContain('Phòng Văn hóa và Thông tin báo cáo kết quả trước ngày 15/12/2024 về Phòng Văn hóa và Thông tin.');
    expect(t[t.length - 1]).toMatch(/^Trên đây là Kế hoạch tổ chức ngày hội thử nghiệm năm 2024 của Ủy ban nhân dân xã Thử Nghiệm/);
  });

  it('expands as_assigned into every assigned agency and ends with the Lưu line', () => {
    expect(doc.recipients).toEqual(['- Ủy ban nhân dân tỉnh;', '- Phòng Văn hóa và Thông tin;', '- Huyện đoàn;', '- Lưu: VT, VP.']);
  });

  it('signs TM. with the position and the name, and stamps the undated plan 2000-01-01', () => {
    expect(doc.signature).toEqual({ authorityLines: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH', name: 'Nguyễn Văn A' });
    expect(doc.header.placeDateLine).toBe('Thử Nghiệm, ngày     tháng     năm     ');
    expect(doc.header.numberLine).toBe('Số:      /KH-UBND');
    expect(doc.properties.stamp).toBe('2000-01-01T00:00:00Z');
  });

  it('prints the plan\'s text as written, never as a template', () => {
    const hostile = '{{#each this}}x{{/each}} {{constructor.name}} {{> opening}}';
    const plan = { ...resolved.plan.model, title: hostile, purpose: { aims: [hostile] } };
    const built = model(resolved, plan);
    expect(built.title).toBe(hostile);
    expect(texts(built)).toContain(`- ${hostile}`);
    expect(texts(built)).toContain(`Ủy ban nhân dân xã Thử Nghiệm ban hành Kế hoạch ${hostile} như sau:`);
  });
});

describe('the union format (Phú Yên example)', () => {
  const doc = model(resolvedPlan({ plan: PHU_YEN, cwd: ROOT, lang: 'vi' }));

  it('keeps the governing union body upright above the issuing union, and signs TM. BAN THƯỜNG VỤ', () => {
    expect(doc.format).toBe('union');
    // render.md "Union format" prints the short form, from issuer.parent_lines.
    expect(doc.header.governingBodyLines).toEqual(['TỔNG LĐLĐ VIỆT NAM']);
    expect(doc.header.issuerLines.join(' ')).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN');
    expect(doc.header.numberLine).toBe('Số: 40/KH-LĐLĐ');
    expect(doc.header.placeDateLine).toBe('Phú Yên, ngày 23 tháng 4 năm 2024');
    expect(doc.signature.authorityLines).toEqual(['TM. BAN THƯỜNG VỤ']);
    expect(doc.signature.position).toBe('PHÓ CHỦ TỊCH');
  });

  it('numbers Tổ chức thực hiện III when there is no funding section', () => {
    expect(texts(doc).filter((t) => /^[IVX]+\. /.test(t))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN', 'IV. CHẾ ĐỘ THÔNG TIN BÁO CÁO']);
  });
});
