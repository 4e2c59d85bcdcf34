import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'parent/deadline-after-parent';

// The ministry wants the half-year report from the Sở LĐTBXH by 15/6 and the annual one by
// 15/11 of 2024 (an ISO date).
const DIRECTIVE = `kind: directive
id: cv
doc_type: Công văn
number: 1/LĐTBXH-TE
date: 2024-01-05
issuer: { name: Bộ }
title: T
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    due: "06-15"
    from: [sldtbxh]
    to: bo
  - name: Báo cáo năm
    period: annual
    due: "2024-11-15"
    from: [sldtbxh]
    to: bo
`;

/** Dues on lines 9 and 13; `markers` the lines under them. */
const plan = (parent: string, semi: string, annual: string, to = 'sldtbxh', markers: [string, string] = ['', '']) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ${parent}
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    due: "${semi}"
${markers[0]}    to: ${to}
  - name: Báo cáo năm
    period: annual
    due: "${annual}"
${markers[1]}    to: ${to}
`;

// A province plan between them, with its own earlier deadline and no explicit `from`.
const PROVINCE = `kind: plan
id: tinh
title: T
issuer: { name: Y }
parent: cv
reporting:
  - name: Báo cáo 6 tháng của tỉnh
    period: semiannual
    due: "06-01"
    to: sldtbxh
`;

describe(RULE, () => {
  it('reports dues after the parent report they feed, up the chain, at the due', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'cv.yaml': DIRECTIVE,
      'tinh.yaml': PROVINCE,
      'p.yaml': plan('tinh', '06-10', '11-20', 'sldtbxh', ['#        ^^^^^^^ parent/deadline-after-parent\n', '#        ^^^^^^^ parent/deadline-after-parent\n']),
    }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    // The nearer and earlier limit is named: the province's 1/6, not the ministry's 15/6.
    expect(found[0].message).toBe('Hạn "Báo cáo 6 tháng" (10/6) muộn hơn hạn "Báo cáo 6 tháng của tỉnh" của Kế hoạch "tinh" (1/6), báo cáo cùng kỳ mà báo cáo này phục vụ');
    expect(found[1].message).toContain('Công văn 1/LĐTBXH-TE (15/11/2024)');
  });

  it('stays quiet when the report is due in time', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'cv.yaml': DIRECTIVE, 'p.yaml': plan('cv', '06-10', '11-05') }, { rules: RULE });
  });

  it('does not compare with a parent report that receives from other agencies', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'cv.yaml': DIRECTIVE, 'p.yaml': plan('cv', '06-20', '11-20', 'syt') }, { rules: RULE });
  });
});
