import { describe, expect, it } from 'vitest';
import { DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'parent/date-before-parent';

// DIRECTIVE (Chỉ thị 28-CT/TW) is dated 2023-12-25.
const plan = (date: string) => `kind: plan
id: p
title: T
issuer: { name: X }
date: ${date}
parent: ct-28
tasks:
  items: []
  waived: { "1": Không áp dụng, "2": Không áp dụng }
`;

describe(RULE, () => {
  it('reports a plan dated before its parent, at the date', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('2023-12-20') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 5, column: 7, endLine: 5, endColumn: 17 }]);
    expect(report.diagnostics[0].message).toBe('Ngày 20/12/2023 sớm hơn ngày ban hành của Chỉ thị 28-CT/TW (25/12/2023) mà văn bản này thực hiện');
  });

  it('compares only years when the plan is dated by year', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('2022') });
    expect(pick((await validateJson(dir)).report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 5, column: 7, endLine: 5, endColumn: 11 }]);
  });

  it('stays quiet on the same day, a later day, or the same year', async () => {
    for (const date of ['2023-12-25', '2024-01-02', '2023']) {
      const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan(date) });
      expect((await validateJson(dir)).report.diagnostics).toEqual([]);
    }
  });
});
