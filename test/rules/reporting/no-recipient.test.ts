import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

const RULE = 'reporting/no-recipient';

const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
reporting:
  - name: Báo cáo năm
#         ^^^^^^^^^^^ reporting/no-recipient
    period: annual
    due: "11-05"
  - name: Báo cáo đột xuất
    period: ad_hoc
    to: null
#       ^^^^ reporting/no-recipient
`;

describe(RULE, () => {
  it('reports at the name when to is left out, at the null when it is null', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': PLAN }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Báo cáo "Báo cáo năm" không ghi cơ quan nhận, tổng hợp ("to")');
  });

  it('stays quiet when every report has a recipient', () => {
    const ok = withoutMarkers(PLAN).replace('    due: "11-05"\n', '    due: "11-05"\n    to: syt\n').replace('to: null', 'to: syt');
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': ok });
  });
});
