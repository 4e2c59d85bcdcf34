import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'reporting/unknown-period';

const plan = (dues: string[]) => `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
${dues.map((due, i) => `  - { name: B${i}, period: annual, due: "${due}", to: syt }`).join('\n')}
`;

describe(RULE, () => {
  it('reports days that do not exist and dues not written MM-DD or ISO, at the due', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(['04-31', '2023-02-29', '10/5', 'cuối năm']) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 6, column: 38, endLine: 6, endColumn: 45 },
      { rule: RULE, file: 'p.yaml', line: 7, column: 38, endLine: 7, endColumn: 50 },
      { rule: RULE, file: 'p.yaml', line: 8, column: 38, endLine: 8, endColumn: 44 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 38, endLine: 9, endColumn: 48 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found[0].message).toBe('Hạn "04-31" của "B0" không phải là một ngày có thật');
    expect(found[2].message).toContain('không đúng dạng');
    expect(found[2].hint).toBe('Viết "05-10"');
  });

  it('accepts MM-DD and real ISO dates', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(['05-10', '11-30', '2024-02-29']) });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
