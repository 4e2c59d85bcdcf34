import { describe, expect, it } from 'vitest';
import { makeRepo, pick, planWithAims, validateJson } from '../../helpers.js';

const RULE = 'text/invisible';

const plan = (aims: string) => planWithAims(aims, 'number: 45/KH\u200b-UBND\n');

describe(RULE, () => {
  it('reports each run of invisible characters at the characters themselves, pasted or escaped', async () => {
    const aims = [
      '    - Kế hoạch số 45/KH\u200b-UBND ngày 21/02/2024.', // line 8: U+200B pasted, column 24
      '    - "Tổ chức\\u00ADtuyên truyền\\u2060\\uFEFF rộng rãi."', // line 9: escapes, columns 15-20 and 33-44
      '    - |', // lines 10-11: a literal block, U+200C U+200D at columns 11-12
      '      Hội\u200c\u200dnghị.',
      '',
    ].join('\n');
    const { code, report } = await validateJson(makeRepo({ 'p.yaml': plan(aims) }));
    expect(report.diagnostics.filter((d) => d.rule !== RULE).map((d) => d.rule)).toEqual(['header/number-format']);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 8, column: 24, endLine: 8, endColumn: 25 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 15, endLine: 9, endColumn: 21 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 33, endLine: 9, endColumn: 45 },
      { rule: RULE, file: 'p.yaml', line: 11, column: 10, endLine: 11, endColumn: 12 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(found[0].message).toBe('Ký tự vô hình U+200B giữa "45/KH" và "-UBND": không thấy khi in nhưng làm sai việc tìm kiếm và đối chiếu văn bản');
    expect(found[0].hint).toBe('Xóa ký tự này (thường lẫn vào khi sao chép từ trang web hoặc PDF): đặt con trỏ ngay sau "45/KH" và xóa một lần');
    expect(found[2].message).toBe('Ký tự vô hình U+2060, U+FEFF giữa "truyền" và "": không thấy khi in nhưng làm sai việc tìm kiếm và đối chiếu văn bản');
    expect(found[3].message).toContain('U+200C, U+200D giữa "Hội" và "nghị."');
  });

  it('in English', async () => {
    const { report } = await validateJson(makeRepo({ 'p.yaml': plan('    - Tổ\u00adchức.\n') }), ['--lang', 'en']);
    expect(report.diagnostics.filter((d) => d.rule === RULE).map((d) => d.message)).toEqual([
      'An invisible character U+00AD between "Tổ" and "chức.": it prints as nothing but breaks searching and matching the text',
    ]);
  });

  it('stays quiet on visible text, a non-breaking space and a ký hiệu (header/number-format owns it)', async () => {
    const { report } = await validateJson(makeRepo({ 'p.yaml': plan('    - Tổ chức\u00a0tuyên truyền – rộng rãi.\n') }));
    expect(pick(report, RULE)).toEqual([]);
  });
});
