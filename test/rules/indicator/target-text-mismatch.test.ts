import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'indicator/target-text-mismatch';

/** Indicator 3 of a plan: `text` on line 11, the target lines (with their markers) from line 13. */
const plan = (text: string, targets: string) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: G
      items:
        - id: "3"
          text: "${text}"
          targets:
${targets}
          lead: syt
`;

describe(RULE, () => {
  it('reports a value the text does not print, and one the text lacks, at the value', () => {
    // The second ‰ rate is printed 12,9 but recorded 12.5; the /100.000 rate is not printed.
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan('Tử vong trên 1.000 trẻ: 17,6‰; dưới 1 tuổi 12,9‰.', `            - { measure: m, value: 17.6, unit: "‰", direction: at_most }
            - { measure: m, value: 12.5, unit: "‰", direction: at_most }
#                                  ^^^^ indicator/target-text-mismatch
            - { measure: m, value: 150, unit: "/100.000", direction: at_most }
#                                  ^^^ indicator/target-text-mismatch`),
    }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 12,5‰ nhưng nội dung chỉ tiêu in "12,9‰"');
    expect(found[0].hint).toContain('Sửa "value" thành 12.9');
    expect(found[1].message).toContain('không in con số này');
  });

  it('reads Vietnamese numbers, passes over a baseline, and stays quiet when they agree', () => {
    expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan('Giảm từ 20% xuống 15,4%; 150/100.000 trẻ; 1.000 xã.', `            - { measure: m, value: 15.4, unit: "%", direction: at_most }
            - { measure: m, value: 150, unit: "/100.000", direction: at_most }
            - { measure: m, value: 1000, unit: xã, direction: at_least }`),
    });
  });

  it('matches a free unit of words printed after a space ("120 học sinh") and a % with or without a space', () => {
    // A zero-width space pasted after "120" hides nothing either (text/invisible reports it).
    expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan('Tổ chức cho 120\\u200b học sinh, 15 lớp; đạt 95 % số xã và 63,7% số trường.', `            - { measure: m, value: 120, unit: học sinh, direction: at_least }
            - { measure: m, value: 15, unit: lớp, direction: at_least }
            - { measure: m, value: 95, unit: "%", direction: at_least }
            - { measure: m, value: 63.7, unit: "%", direction: at_least }`),
    }, { rules: RULE });
  });

  it('a unit of words must be printed whole: "120 học" is not "120 học sinh"; the figure is written as the text writes it', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan('Tổ chức cho 120 học viên và 130 học sinh.', `            - { measure: m, value: 120, unit: học sinh, direction: at_least }
#                                  ^^^ indicator/target-text-mismatch
            - { measure: m, value: 10, unit: học sinh viên, direction: at_least }
#                                  ^^ indicator/target-text-mismatch`),
    }, { rules: RULE });
    expect(found[0].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 120 học sinh nhưng nội dung chỉ tiêu in "130 học sinh"');
    expect(found[0].hint).toBe('Sửa "value" thành 130 nếu nội dung in đúng, hoặc sửa nội dung thành "120 học sinh"');
    expect(found[1].message).toBe('Chỉ tiêu 3: mục tiêu "m" ghi 10 học sinh viên nhưng nội dung chỉ tiêu không in con số này (theo thứ tự các mục tiêu)');
  });
});
