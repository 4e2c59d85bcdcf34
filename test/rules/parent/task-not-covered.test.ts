import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

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
const plan = (waived: string) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - { id: a, title: A, implements: ["1", "2"] }
    - { id: b, title: B, implements: ["3", "4"] }
${waived}`;

describe('parent/task-not-covered', () => {
  it('names task 5, neither implemented nor waived, at the plan\'s parent: line', async () => {
    const dir = makeRepo({ 'd.yaml': FIVE_TASKS, 'p.yaml': plan('') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'parent/task-not-covered')).toEqual([
      { rule: 'parent/task-not-covered', file: 'p.yaml', line: 5, column: 9, endLine: 5, endColumn: 14 },
    ]);
    expect(report.diagnostics[0].message).toBe('Nhiệm vụ 5 của Chỉ thị 28-CT/TW ("Năm") không có nhiệm vụ nào thực hiện và không có trong "waived"');
  });

  it('is satisfied by a waiver with a reason', async () => {
    const dir = makeRepo({ 'd.yaml': FIVE_TASKS, 'p.yaml': plan('  waived:\n    "5": Do Mặt trận chủ trì.\n') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
  });
});
