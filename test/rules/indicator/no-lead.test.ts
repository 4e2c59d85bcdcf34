import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const plan = (items: string) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
${items}`;

describe('indicator/no-lead', () => {
  it('reports an empty lead at its value and a missing lead at the indicator', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`        - id: "1"
          text: A
          lead:
#         ^^^^ indicator/no-lead
        - id: "2"
#         ^^^^^^^ indicator/no-lead
          text: B
`),
    });
    expect(found.linted.summary.errors).toBe(2);
    expect(found.map((d) => d.message)).toEqual(['Chỉ tiêu 1 chưa có cơ quan chủ trì ("lead")', 'Chỉ tiêu 2 chưa có cơ quan chủ trì ("lead")']);
  });

  it('stays quiet when each indicator has a lead', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('        - { id: "1", text: A, lead: syt }\n') });
  });
});
