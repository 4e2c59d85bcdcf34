import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'reporting/no-recipient';

const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo năm
    period: annual
    due: "11-05"
  - name: Báo cáo đột xuất
    period: ad_hoc
    to: null
`;

describe(RULE, () => {
  it('reports at the name when to is left out, at the null when it is null', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 6, column: 11, endLine: 6, endColumn: 22 },
      { rule: RULE, file: 'p.yaml', line: 11, column: 9, endLine: 11, endColumn: 13 },
    ]);
    expect(report.diagnostics[0].message).toBe('Báo cáo "Báo cáo năm" không ghi cơ quan nhận, tổng hợp ("to")');
  });

  it('stays quiet when every report has a recipient', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN.replace('    due: "11-05"\n', '    due: "11-05"\n    to: syt\n').replace('to: null', 'to: syt') });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
