import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const FIVE_TASKS = `kind: directive
id: ct-28
doc_type: Chỉ thị
number: 28-CT/TW
date: 2023-12-25
issuer: { name: Bộ Chính trị }
title: T
tasks:
  - { id: "1", title: Một }
  - { id: "2", title: Hai }
  - { id: "3", title: Ba }
  - { id: "4", title: Bốn }
  - { id: "5", title: Năm }
`;
const plan = (waived: string, marker = '') => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
${marker}tasks:
  items:
    - { id: a, title: A, implements: ["1", "2"] }
    - { id: b, title: B, implements: ["3", "4"] }
${waived}`;

describe('parent/task-not-covered', () => {
  it('names task 5, neither implemented nor waived, at the plan\'s parent: line', () => {
    const found = expectFindings({ 'd.yaml': FIVE_TASKS, 'p.yaml': plan('', '#       ^^^^^ parent/task-not-covered\n') });
    expect(found.linted.summary.errors).toBe(1);
    expect(found[0].message).toBe('Nhiệm vụ 5 của Chỉ thị 28-CT/TW ("Năm") không có nhiệm vụ nào thực hiện và không có trong "waived"');
  });

  it('is satisfied by a waiver with a reason', () => {
    const found = expectFindings({ 'd.yaml': FIVE_TASKS, 'p.yaml': plan('  waived:\n    "5": Do Mặt trận chủ trì.\n') });
    expect(found.linted.summary.errors).toBe(0);
  });
});
