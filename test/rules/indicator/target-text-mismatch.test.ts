import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'indicator/target-text-mismatch';

const plan = (text: string, targets: string[]) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: G
      items:
        - id: "3"
          text: "${text}"
          targets:
${targets.map((t) => `            - { measure: m, value: ${t} }`).join('\n')}
          lead: syt
`;

describe(RULE, () => {
  it('reports a value the text does not print, and one the text lacks, at the value', async () => {
    // The second ‰ rate is printed 12,9 but recorded 12.5; the /100.000 rate is not printed.
    const text = 'Tử vong trên 1.000 trẻ: 17,6‰; dưới 1 tuổi 12,9‰.';
    const dir = makeRepo({
      'a.yaml': AGENCIES,
      'p.yaml': plan(text, ['17.6, unit: "‰", direction: at_most', '12.5, unit: "‰", direction: at_most', '150, unit: "/100.000", direction: at_most']),
    });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 14, column: 36, endLine: 14, endColumn: 40 },
      { rule: RULE, file: 'p.yaml', line: 15, column: 36, endLine: 15, endColumn: 39 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found[0].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 12,5‰ nhưng nội dung chỉ tiêu in "12,9‰"');
    expect(found[0].hint).toContain('Sửa "value" thành 12.9');
    expect(found[1].message).toContain('không in con số này');
  });

  it('reads Vietnamese numbers, passes over a baseline, and stays quiet when they agree', async () => {
    const text = 'Giảm từ 20% xuống 15,4%; 150/100.000 trẻ; 1.000 xã.';
    const targets = ['15.4, unit: "%", direction: at_most', '150, unit: "/100.000", direction: at_most', '1000, unit: xã, direction: at_least'];
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(text, targets) });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('matches a free unit of words printed after a space ("120 học sinh") and a % with or without a space', async () => {
    // A zero-width space pasted after "120" hides nothing either (text/invisible reports it).
    const text = 'Tổ chức cho 120\\u200b học sinh, 15 lớp; đạt 95 % số xã và 63,7% số trường.';
    const targets = ['120, unit: học sinh, direction: at_least', '15, unit: lớp, direction: at_least', '95, unit: "%", direction: at_least', '63.7, unit: "%", direction: at_least'];
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(text, targets) });
    expect(pick((await validateJson(dir)).report, RULE)).toEqual([]);
  });

  it('a unit of words must be printed whole: "120 học" is not "120 học sinh"; the figure is written as the text writes it', async () => {
    const text = 'Tổ chức cho 120 học viên và 130 học sinh.';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(text, ['120, unit: học sinh, direction: at_least', '10, unit: học sinh viên, direction: at_least']) });
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 13, column: 36, endLine: 13, endColumn: 39 },
      { rule: RULE, file: 'p.yaml', line: 14, column: 36, endLine: 14, endColumn: 38 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found[0].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 120 học sinh nhưng nội dung chỉ tiêu in "130 học sinh"');
    expect(found[0].hint).toBe('Sửa "value" thành 130 nếu nội dung in đúng, hoặc sửa nội dung thành "120 học sinh"');
    expect(found[1].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 10 học sinh viên nhưng nội dung chỉ tiêu không in con số này (theo thứ tự các mục tiêu)');
  });
});
