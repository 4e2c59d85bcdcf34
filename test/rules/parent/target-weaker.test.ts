import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'parent/target-weaker';

// Two targets at the top of the chain: at least 95% vaccinated, at most 15% malnourished.
const DIRECTIVE = `kind: directive
id: ct
doc_type: Chỉ thị
number: 1-CT/TU
date: 2023-01-05
issuer: { name: Tỉnh ủy }
title: T
indicators:
  groups:
    - id: a
      title: G
      items:
        - id: "1"
          text: Tiêm chủng đạt 95%.
          targets:
            - { measure: tc, value: 95, unit: "%", direction: at_least }
        - id: "2"
          text: Suy dinh dưỡng dưới 15%.
          targets:
            - { measure: sdd, value: 15, unit: "%", direction: at_most }
`;

// A plan between the directive and the district plan, with no targets of its own.
const MIDDLE = `kind: plan
id: mid
title: T
issuer: { name: X }
parent: ct
indicators:
  groups: []
`;

/** Targets on lines 14 and 15; `markers` the lines under them. */
const plan = (parent: string, tc: number, sdd: number, by = 'null', markers: [string, string] = ['', '']) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ${parent}
indicators:
  groups:
    - id: a
      title: G
      items:
        - id: "1"
          text: Tiêm chủng đạt ${tc}%, suy dinh dưỡng dưới ${sdd}%.
          targets:
            - { measure: tc, value: ${tc}, unit: "%", direction: at_least, by: ${by} }
${markers[0]}            - { measure: sdd, value: ${sdd}, unit: "%", direction: at_most, by: ${by} }
${markers[1]}          lead: syt
`;

describe(RULE, () => {
  it('warns at each target weaker than the directive two levels up', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'ct.yaml': DIRECTIVE,
      'mid.yaml': MIDDLE,
      'p.yaml': plan('mid', 90, 20, 'null', ['#                                   ^^ parent/target-weaker\n', '#                                    ^^ parent/target-weaker\n']),
    }, { rules: RULE });
    expect(found[0].message).toBe('Chỉ tiêu 1 đặt "tc" ở mức 90%, thấp hơn mức tối thiểu 95% mà Chỉ thị 1-CT/TU đặt ra (chỉ tiêu 1)');
    expect(found[1].message).toContain('cao hơn mức tối đa 15%');
  });

  it('stays quiet on equal or stronger targets, and on targets for another year', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'ct.yaml': DIRECTIVE, 'p.yaml': plan('ct', 95, 10) }, { rules: RULE });
    expectFindings({ 'a.yaml': AGENCIES, 'ct.yaml': DIRECTIVE, 'p.yaml': plan('ct', 90, 20, '2024') }, { rules: RULE });
  });
});
