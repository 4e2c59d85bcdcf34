import { describe, expect, it } from 'vitest';
import { makeRepo, pick, planWithAims, validateJson } from '../../helpers.js';

const RULE = 'text/whitespace';

const plan = (aims: string) => planWithAims(aims);

describe(RULE, () => {
  it('notes a space before a stop, doubled, leading and trailing spaces, and a blank line in a plain scalar', async () => {
    const aims = [
      '    - "Đạt 95% ."',
      '    - "Hai  cách."',
      '    - " Đầu và cuối. "',
      '    - Dòng một',
      '',
      '      dòng hai.',
      '',
    ].join('\n');
    const dir = makeRepo({ 'p.yaml': plan(aims) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 7, column: 15, endLine: 7, endColumn: 16 },
      { rule: RULE, file: 'p.yaml', line: 8, column: 11, endLine: 8, endColumn: 13 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 8, endLine: 9, endColumn: 9 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 21, endLine: 9, endColumn: 22 },
      { rule: RULE, file: 'p.yaml', line: 10, column: 15, endLine: 12, endColumn: 7 },
    ]);
    const messages = report.diagnostics.filter((d) => d.rule === RULE).map((d) => d.message);
    expect(messages[0]).toBe('Khoảng trắng trước dấu ".": "Đạt 95% ."');
    expect(report.diagnostics[0].hint).toBe('Viết dấu câu liền sau chữ: "95%."');
    expect(messages[4]).toBe('Xuống dòng giữa đoạn văn: "Dòng một↵dòng hai."');
  });

  it('reads the annexes too: their title and paragraphs are printed', async () => {
    const text = ['kind: plan', 'id: p', 'title: T', 'issuer: { name: X }', 'annexes:', '  - title: "Danh  sách"', '    body:', '      - "Mục một ."', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': text });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      // 'Danh  sách': the doubled space; 'Mục một .': the space before the stop.
      { rule: RULE, file: 'p.yaml', line: 6, column: 17, endLine: 6, endColumn: 19 },
      { rule: RULE, file: 'p.yaml', line: 8, column: 17, endLine: 8, endColumn: 18 },
    ]);
  });

  it('stays quiet on clean text, an ellipsis after a space, and a block scalar', async () => {
    const aims = ['    - "Một câu, đúng: đủ."', '    - "Tết Trung thu ... và khác."', '    - |', '      Khối văn bản.', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': plan(aims) });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
