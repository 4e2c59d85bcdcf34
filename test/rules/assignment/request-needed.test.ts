import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

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
  it('warns at request: false, or at the agency when request is left out', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan('state', '    request: false\n#            ^^^^^ assignment/request-needed', `    note: null`).replace('  - agency: doan\n', '  - agency: doan\n#           ^^^^ assignment/request-needed\n'),
    }, { rules: RULE });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh là tổ chức chính trị - xã hội, đoàn thể');
    expect(found[0].hint).toBe('Ghi "request: true" để in "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ..."');
  });

  it('stays quiet with request: true, and in a union or party plan', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('state', '    request: true', '    request: true') });
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('union', '    request: false', '    note: null') }, { rules: RULE });
  });
});
