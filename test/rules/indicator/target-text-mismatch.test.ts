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
});
