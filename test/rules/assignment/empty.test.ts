import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const plan = (extra: string) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: N
      items:
        - { id: "1", text: A, lead: syt }
assignments:
  - agency: syt
  - agency: sgddt
${extra}`;

describe('assignment/empty', () => {
  it('warns about an agency with no duty and no led indicator', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, 'assignment/empty')).toEqual([{ rule: 'assignment/empty', file: 'p.yaml', line: 13, column: 13, endLine: 13, endColumn: 18 }]);
    expect(report.diagnostics[0].message).toContain('"sgddt" có tên trong phần Tổ chức thực hiện');
  });

  it('stays quiet when the agency has duties', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('    duties: [Phối hợp tuyên truyền.]\n') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
