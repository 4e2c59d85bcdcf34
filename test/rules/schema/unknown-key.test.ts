import { describe, expect, it } from 'vitest';
import { AGENCIES, DIRECTIVE } from '../../documents.js';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

const RULE = 'schema/unknown-key';

const PLAN = `kind: plan
id: p
title: Kế hoạch thử
issuer: { name: Ủy ban nhân dân tỉnh }
parent: ct-28
tasks:
  items:
    - id: "1"
      title: Lãnh đạo
      implement: ["1", "2"]
#     ^^^^^^^^^ schema/unknown-key
`;

describe(RULE, () => {
  it('points at the misspelt key with the nearest valid key as the hint', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': PLAN }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Khóa "implement" không có trong định dạng');
    expect(found[0].hint).toBe('Có phải ý bạn là "implements"?');
  });

  it('catches `indicator:` written for `indicators:` so content never vanishes', () => {
    const found = expectFindings(
      { 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\nindicator:\n  groups: []\n' },
      { rules: RULE, errors: [{ rule: RULE, at: '5:1-5:10' }] },
    );
    expect(found[0].hint).toBe('Có phải ý bạn là "indicators"?');
  });

  it('stays quiet when every key is known', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': withoutMarkers(PLAN).replace('implement:', 'implements:') }, { rules: RULE });
  });
});
