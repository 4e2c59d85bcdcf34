import { describe, expect, it } from 'vitest';
import { DIRECTIVE } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'parent/date-before-parent';

// DIRECTIVE (Chỉ thị 28-CT/TW) is dated 2023-12-25.
const plan = (date: string, marker = '') => `kind: plan
id: p
title: T
issuer: { name: X }
date: ${date}
${marker}parent: ct-28
tasks:
  items: []
  waived: { "1": Không áp dụng, "2": Không áp dụng }
`;

describe(RULE, () => {
  it('reports a plan dated before its parent, at the date', () => {
    const found = expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('2023-12-20', '#     ^^^^^^^^^^ parent/date-before-parent\n') });
    expect(found.linted.summary.errors).toBe(1);
    expect(found[0].message).toBe('Ngày 20/12/2023 sớm hơn ngày ban hành của Chỉ thị 28-CT/TW (25/12/2023) mà văn bản này thực hiện');
  });

  it('compares only years when the plan is dated by year', () => {
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('2022', '#     ^^^^ parent/date-before-parent\n') }, { rules: RULE });
  });

  it('stays quiet on the same day, a later day, or the same year', () => {
    for (const date of ['2023-12-25', '2024-01-02', '2023']) expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan(date) });
  });
});
