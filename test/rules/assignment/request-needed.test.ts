import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'assignment/request-needed';

// AGENCIES has mttq as a mass organisation; doan is a plan-local one.
const plan = (format: string, mttq: string, doan: string) => `kind: plan
format: ${format}
id: p
title: T
issuer: { name: X }
agencies:
  doan: { name: Tỉnh đoàn, type: mass_org }
assignments:
  - agency: syt
    duties: [Chủ trì.]
  - agency: mttq
${mttq}
    duties: [Tuyên truyền.]
  - agency: doan
${doan}
    duties: [Vận động.]
`;

describe(RULE, () => {
  it('warns at request: false, or at the agency when request is left out', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('state', '    request: false', '    note: null') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 12, column: 14, endLine: 12, endColumn: 19 },
      { rule: RULE, file: 'p.yaml', line: 14, column: 13, endLine: 14, endColumn: 17 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found[0].message).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh là tổ chức chính trị - xã hội, đoàn thể');
    expect(found[0].hint).toBe('Ghi "request: true" để in "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ..."');
  });

  it('stays quiet with request: true, and in a union or party plan', async () => {
    const ok = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('state', '    request: true', '    request: true') });
    expect((await validateJson(ok)).report.diagnostics).toEqual([]);
    const union = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('union', '    request: false', '    note: null') });
    expect(pick((await validateJson(union)).report, RULE)).toEqual([]);
  });
});
