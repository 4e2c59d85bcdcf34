// `kehoach check` as a user runs it: exit codes, the paragraph position in stylish, json and
// SARIF (a region with charOffset and the paragraph as a logical location), the content rules
// after the layout ones, usage errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeRepo, ROOT, runCli } from '../helpers.js';
import { PHU_YEN, renderInProcess } from '../render/helpers.js';
import { broken, goodDocx, paragraphs, wAll } from './helpers.js';

const PCMT = readFileSync(join(ROOT, 'test/fixtures/check/ld-kh-pcmt-2030.docx'));
const EXAMPLES = join(ROOT, 'examples');
/** The Lâm Đồng plan states no lead for its nine indicators: each is a content error at its paragraph. */
const PCMT_NO_LEAD = [21, 22, 23, 24, 25, 26, 27, 28, 29].map((n) => ['indicator/no-lead', n]);
const LAYOUT_ONLY_NOTE = 'chưa kiểm tra nội dung';

type JsonFindings = { diagnostics: { rule: string; severity: string; message: string; paragraph: { number: number; excerpt: string } }[] };

describe('kehoach check', () => {
  const dir = makeRepo({ 'kh.docx': PCMT, 'cu.doc': 'x', 'hong.docx': 'not a zip' });

  test('stylish: the paragraph and its first words, layout then content; exit 1 on an error', async () => {
    const run = await runCli(['check', 'kh.docx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('¶1 "ỦY BAN NHÂN DÂN"');
    expect(run.stdout).toContain('Lề dưới 17,5 mm, ngoài khoảng 20–25 mm của Nghị định 30.  layout/margins');
    expect(run.stdout).toContain('¶21 "- Hằng năm, giảm số người…"        lỗi       Chỉ tiêu 1 chưa có cơ quan chủ trì ("lead")  indicator/no-lead');
    // The content was checked: no note that it was not.
    expect(run.stderr).not.toContain(LAYOUT_ONLY_NOTE);
  });

  test('json carries the paragraph; sarif a charOffset region and a logical location', async () => {
    const json = JSON.parse((await runCli(['check', 'kh.docx', '-f', 'json'], { cwd: dir })).stdout) as JsonFindings;
    expect(json.diagnostics.map((d) => [d.rule, d.paragraph.number])).toEqual([['layout/margins', 1], ...PCMT_NO_LEAD, ['layout/noi-nhan', 153]]);
    const sarif = JSON.parse((await runCli(['check', 'kh.docx', '-f', 'sarif'], { cwd: dir })).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { charOffset: number; charLength: number } }; logicalLocations: { name: string }[] }[] }[] }[];
    };
    const first = sarif.runs[0].results[0];
    expect(first.ruleId).toBe('layout/margins');
    expect(first.locations[0].physicalLocation.region).toEqual({ charOffset: 0, charLength: 'ỦY BAN NHÂN DÂN'.length });
    expect(first.locations[0].logicalLocations[0].name).toBe('¶1');
    const content = sarif.runs[0].results[1];
    expect(content.ruleId).toBe('indicator/no-lead');
    expect(content.locations[0].logicalLocations[0].name).toBe('¶21');
  });

  test('warnings only: exit 0', async () => {
    // The Phú Yên example as kehoach renders it: a good layout, and the one warning validate gives
    // its YAML, at the sentence of that report (¶42, the next one, is the ad hoc report's).
    const repoDir = makeRepo({ 'ke-hoach.docx': await renderInProcess(PHU_YEN) });
    const run = await runCli(['check', 'ke-hoach.docx', '--repo', EXAMPLES], { cwd: repoDir });
    expect(run.stdout).toContain('¶41 "Công đoàn cấp trên trực tiếp cơ…"  cảnh báo  Báo cáo "Báo cáo định kỳ" (định kỳ, không nêu kỳ) không có hạn nộp ("due")  reporting/no-deadline');
    expect(run.stdout).toContain('✖ 1 vấn đề (0 lỗi, 1 cảnh báo, 0 thông tin)');
    expect(run.code).toBe(0);
  });

  test('a rendered example with a wrong citation date of its directive: that content error at its paragraph, exit 1', async () => {
    let at = 0;
    const bytes = await broken((doc) => {
      const cited = wAll(doc, 't').find((t) => t.textContent?.includes('28/02/2023'))!;
      cited.textContent = cited.textContent!.replace('28/02/2023', '27/02/2023');
      at = paragraphs(doc).findIndex((p) => p === cited.parentNode!.parentNode) + 1;
    });
    const repoDir = makeRepo({ 'ke-hoach.docx': bytes });
    const run = await runCli(['check', 'ke-hoach.docx', '--repo', EXAMPLES, '-f', 'json'], { cwd: repoDir });
    expect(at).toBe(13);
    expect((JSON.parse(run.stdout) as JsonFindings).diagnostics.map((d) => `${d.severity} ${d.rule} ¶${d.paragraph.number} "${d.paragraph.excerpt}": ${d.message}`)).toEqual([
      'error citation/date ¶13 "Thực hiện Công văn số…": Công văn 636/LĐTBXH-TE ban hành ngày 28/02/2023, không phải 27/02/2023 (theo hồ sơ "cong-van-636-ldtbxh-te")',
      // The Sơn La example's own finding (validate gives it too).
      'info assignment/mixed-group ¶106 "- Căn cứ vào chức năng, nhiệm…": "Các Sở, ban, ngành, đoàn thể liên quan" gộp cơ quan nhà nước ("Sở") với tổ chức không thuộc nhà nước ("đoàn thể"): cơ quan nhà nước được giao nhiệm vụ, còn tổ chức kia chỉ được "Đề nghị"',
    ]);
    expect(run.code).toBe(1);
    // The unedited document: only the example's own finding, exit 0.
    const clean = await runCli(['check', 'ke-hoach.docx', '--repo', EXAMPLES, '-f', 'json'], { cwd: makeRepo({ 'ke-hoach.docx': await goodDocx() }) });
    expect((JSON.parse(clean.stdout) as JsonFindings).diagnostics.map((d) => d.rule)).toEqual(['assignment/mixed-group']);
    expect(clean.code).toBe(0);
  });

  test('a .doc, a file that is not a DOCX, a missing file: exit 2 with a message', async () => {
    for (const [file, message] of [
      ['cu.doc', 'lưu lại dưới dạng .docx'],
      ['hong.docx', 'không phải là văn bản Word (.docx) đọc được'],
      ['khong-co.docx', 'Không tìm thấy tệp: khong-co.docx'],
    ]) {
      const run = await runCli(['check', file], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('    at ');
    }
  });

  test('--layout party holds a state document to the Party figures', async () => {
    const run = await runCli(['check', 'kh.docx', '--layout', 'party', '-f', 'json'], { cwd: dir });
    const rules = (JSON.parse(run.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('layout/quoc-hieu');
  });
});
