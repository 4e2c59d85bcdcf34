import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'indicator/percent-range';

const plan = (targets: string) => `kind: plan
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
${targets}
          lead: syt
`;

describe(RULE, () => {
  it('reports a percentage over 100 and a negative per-mille rate, at the value', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`            - { measure: m, value: 950, unit: "%", direction: at_least }
#                                  ^^^ indicator/percent-range
            - { measure: m, value: -1, unit: "‰", direction: at_least }
#                                  ^^ indicator/percent-range
            - { measure: m, value: 1200, unit: "/100.000", direction: at_least }`),
    }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Chỉ tiêu 5: mục tiêu "m" là 950%, ngoài khoảng 0 đến 100%');
  });

  it('stays quiet within 0..100 and 0..1000', () => {
    expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`            - { measure: m, value: 100, unit: "%", direction: at_least }
            - { measure: m, value: 0, unit: "%", direction: at_least }
            - { measure: m, value: 999.5, unit: "‰", direction: at_least }`),
    }, { rules: RULE });
  });
});
