import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

const PARENT = `kind: directive
id: ct
doc_type: Chỉ thị
number: 1/CT-UBND
date: 2023-01-05
issuer: { name: Ủy ban nhân dân tỉnh }
title: T
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - { id: "1", text: Một }
        - { id: "2", text: Hai }
`;
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct
#       ^^ parent/indicator-not-covered
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - { id: "1", text: A, lead: syt, implements: "1" }
`;

describe('parent/indicator-not-covered', () => {
  it('warns about a parent indicator nothing implements, at the parent: line', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': PLAN }, { rules: 'parent/indicator-not-covered' });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe('Chỉ tiêu 2 của Chỉ thị 1/CT-UBND không có chỉ tiêu nào cụ thể hóa');
  });

  it('stays quiet when every parent indicator is implemented', () => {
    const plan = withoutMarkers(PLAN) + '        - { id: "2", text: B, lead: syt, implements: "2" }\n';
    expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': plan });
  });
});
