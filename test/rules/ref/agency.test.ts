import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

// Dated 2024: the registry's Sở Lao động - Thương binh và Xã hội still existed (agency/defunct).
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
date: 2024-05-01
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - id: "1"
          text: Chỉ tiêu
          lead: sty
#               ^^^ ref/agency
          support: [sgddt, sldtbx]
#                          ^^^^^^ ref/agency
assignments:
  - agency: syt
    duties: [Làm việc]
  - agency: local
    duties: [Làm việc]
reporting:
  - { name: Báo cáo năm, period: annual, due: "11-05", from: [all], to: sldtbxh }
agencies:
  local: { name: Phòng riêng }
`;

describe('ref/agency', () => {
  it('reports each misspelt agency key with the right did-you-mean', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': PLAN });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found.map((d) => d.hint)).toEqual(['Có phải ý bạn là "syt"?', 'Có phải ý bạn là "sldtbxh"?']);
    expect(found[0].message).toBe('Không có cơ quan "sty" trong danh mục cơ quan');
  });

  it('recognises an agency name written where its key belongs', () => {
    const plan = withoutMarkers(PLAN).replace('lead: sty', 'lead: Sở Y tế').replace('sldtbx]', 'sldtbxh]');
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan }, { rules: 'ref/agency', errors: [{ rule: 'ref/agency', file: 'p.yaml', at: '13:17-13:24' }] });
    expect(found[0].hint).toBe('Ghi khóa của cơ quan, không ghi tên: "syt" là khóa của Sở Y tế');
  });

  it('resolves plan-local agencies before the registry and stays quiet', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': withoutMarkers(PLAN).replace('lead: sty', 'lead: syt').replace('sldtbx]', 'sldtbxh]') });
  });
});
