import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

const RULE = 'reporting/no-deadline';

const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
#           ^^^^^^^^^^ reporting/no-deadline
    to: syt
  - name: Báo cáo năm
    period: annual
    due: null
#        ^^^^ reporting/no-deadline
    to: syt
  - name: Báo cáo đột xuất
    period: ad_hoc
    to: syt
  - name: Báo cáo sơ kết
    period: once
    due: "2025-06-30"
    to: syt
`;

const PERIODIC = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo định kỳ
    period: periodic
#           ^^^^^^^^ reporting/no-deadline
    to: syt
`;

describe(RULE, () => {
  it('warns at the period when due is left out, at the null when it is null', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': PLAN });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Báo cáo "Báo cáo 6 tháng" (kỳ 6 tháng) không có hạn nộp ("due")');
  });

  it('warns on a periodic report with no period stated ("báo cáo định kỳ") and no due', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': PERIODIC });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Báo cáo "Báo cáo định kỳ" (định kỳ, không nêu kỳ) không có hạn nộp ("due")');
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': withoutMarkers(PERIODIC).replace('    to: syt', '    due: "12-05"\n    to: syt') });
  });

  it('stays quiet when periodic reports have a due (ad_hoc needs none)', () => {
    const ok = withoutMarkers(PLAN).replace('    period: semiannual\n', '    period: semiannual\n    due: "05-10"\n').replace('due: null', 'due: "11-05"');
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': ok });
  });
});
