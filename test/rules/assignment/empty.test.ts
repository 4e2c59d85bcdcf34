import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const PLAN = `kind: plan
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
`;

describe('assignment/empty', () => {
  it('warns about an agency with no duty and no led indicator', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': `${PLAN}#           ^^^^^ assignment/empty\n`,
    });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toContain('"sgddt" có tên trong phần Tổ chức thực hiện');
  });

  it('stays quiet when the agency has duties', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': `${PLAN}    duties: [Phối hợp tuyên truyền.]\n` });
  });
});
