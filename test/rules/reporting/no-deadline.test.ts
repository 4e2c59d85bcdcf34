import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'reporting/no-deadline';

const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    to: syt
  - name: Báo cáo năm
    period: annual
    due: null
    to: syt
  - name: Báo cáo đột xuất
    period: ad_hoc
    to: syt
  - name: Báo cáo sơ kết
    period: once
    due: "2025-06-30"
    to: syt
`;

describe(RULE, () => {
  it('warns at the period when due is left out, at the null when it is null', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 7, column: 13, endLine: 7, endColumn: 23 },
      { rule: RULE, file: 'p.yaml', line: 11, column: 10, endLine: 11, endColumn: 14 },
    ]);
    expect(report.diagnostics[0].message).toBe('Báo cáo "Báo cáo 6 tháng" (kỳ 6 tháng) không có hạn nộp ("due")');
  });

  it('warns on a periodic report with no period stated ("báo cáo định kỳ") and no due', async () => {
    const periodic = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo định kỳ
    period: periodic
    to: syt
`;
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': periodic });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 7, column: 13, endLine: 7, endColumn: 21 }]);
    expect(report.diagnostics[0].message).toBe('Báo cáo "Báo cáo định kỳ" (định kỳ, không nêu kỳ) không có hạn nộp ("due")');
    const withDue = await validateJson(makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': periodic.replace('    to: syt', '    due: "12-05"\n    to: syt') }));
    expect(withDue.report.diagnostics).toEqual([]);
  });

  it('stays quiet when periodic reports have a due (ad_hoc needs none)', async () => {
    const ok = PLAN.replace('    period: semiannual\n', '    period: semiannual\n    due: "05-10"\n').replace('due: null', 'due: "11-05"');
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': ok });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
