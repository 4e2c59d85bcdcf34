import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

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

const plan = (parent: string, semi: string, annual: string, to = 'sldtbxh') => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ${parent}
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    due: "${semi}"
    to: ${to}
  - name: Báo cáo năm
    period: annual
    due: "${annual}"
    to: ${to}
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
  it('reports dues after the parent report they feed, up the chain, at the due', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'cv.yaml': DIRECTIVE, 'tinh.yaml': PROVINCE, 'p.yaml': plan('tinh', '06-10', '11-20') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 9, column: 10, endLine: 9, endColumn: 17 },
      { rule: RULE, file: 'p.yaml', line: 13, column: 10, endLine: 13, endColumn: 17 },
    ]);
    const messages = report.diagnostics.filter((d) => d.rule === RULE).map((d) => d.message);
    // The nearer and earlier limit is named: the province's 1/6, not the ministry's 15/6.
    expect(messages[0]).toBe('Hạn "Báo cáo 6 tháng" (10/6) muộn hơn hạn "Báo cáo 6 tháng của tỉnh" của Kế hoạch "tinh" (1/6), báo cáo cùng kỳ mà báo cáo này phục vụ');
    expect(messages[1]).toContain('Công văn 1/LĐTBXH-TE (15/11/2024)');
  });

  it('stays quiet when the report is due in time', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'cv.yaml': DIRECTIVE, 'p.yaml': plan('cv', '06-10', '11-05') });
    expect(pick((await validateJson(dir)).report, RULE)).toEqual([]);
  });

  it('does not compare with a parent report that receives from other agencies', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'cv.yaml': DIRECTIVE, 'p.yaml': plan('cv', '06-20', '11-20', 'syt') });
    expect(pick((await validateJson(dir)).report, RULE)).toEqual([]);
  });
});
