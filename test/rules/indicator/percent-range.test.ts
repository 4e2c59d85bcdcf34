import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'indicator/percent-range';

const plan = (targets: string[]) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: G
      items:
        - id: "5"
          text: Chỉ tiêu.
          targets:
${targets.map((t) => `            - { measure: m, value: ${t}, direction: at_least }`).join('\n')}
          lead: syt
`;

describe(RULE, () => {
  it('reports a percentage over 100 and a negative per-mille rate, at the value', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(['950, unit: "%"', '-1, unit: "‰"', '1200, unit: "/100.000"']) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 13, column: 36, endLine: 13, endColumn: 39 },
      { rule: RULE, file: 'p.yaml', line: 14, column: 36, endLine: 14, endColumn: 38 },
    ]);
    expect(report.diagnostics.find((d) => d.rule === RULE)?.message).toBe('Chỉ tiêu 5: mục tiêu "m" là 950%, ngoài khoảng 0 đến 100%');
  });

  it('stays quiet within 0..100 and 0..1000', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(['100, unit: "%"', '0, unit: "%"', '999.5, unit: "‰"']) });
    expect(pick((await validateJson(dir)).report, RULE)).toEqual([]);
  });
});
