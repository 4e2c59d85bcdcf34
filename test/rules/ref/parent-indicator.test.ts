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
        - { id: "1", text: Tiêm chủng đạt 95%. }
`;
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - { id: "1", text: A, lead: syt, implements: "9" }
#                                                    ^^^ ref/parent-indicator
`;

describe('ref/parent-indicator', () => {
  it('reports an indicator implementing what the parent does not have', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': PLAN }, { rules: 'ref/parent-indicator' });
    expect(found[0].message).toBe('Chỉ thị 1/CT-UBND không có chỉ tiêu "9"');
  });

  it('stays quiet when it exists', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': withoutMarkers(PLAN).replace('implements: "9"', 'implements: "1"') });
  });
});
