import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'reporting/unknown-period';

const plan = (reports: string) => `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
${reports}`;

describe(RULE, () => {
  it('reports days that do not exist and dues not written MM-DD or ISO, at the due', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`  - { name: B0, period: annual, due: "04-31", to: syt }
#                                    ^^^^^^^ reporting/unknown-period
  - { name: B1, period: annual, due: "2023-02-29", to: syt }
#                                    ^^^^^^^^^^^^ reporting/unknown-period
  - { name: B2, period: annual, due: "10/5", to: syt }
#                                    ^^^^^^ reporting/unknown-period
  - { name: B3, period: annual, due: "cuối năm", to: syt }
#                                    ^^^^^^^^^^ reporting/unknown-period
`),
    }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Hạn "04-31" của "B0" không phải là một ngày có thật');
    expect(found[2].message).toContain('không đúng dạng');
    expect(found[2].hint).toBe('Viết "05-10"');
  });

  it('accepts MM-DD and real ISO dates', () => {
    expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`  - { name: B0, period: annual, due: "05-10", to: syt }
  - { name: B1, period: annual, due: "11-30", to: syt }
  - { name: B2, period: annual, due: "2024-02-29", to: syt }
`),
    });
  });
});
