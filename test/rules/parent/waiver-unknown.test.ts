import { describe, expect, it } from 'vitest';
import { DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const plan = (waived: string) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - { id: a, title: A, implements: ["1"] }
  waived:
${waived}`;

describe('parent/waiver-unknown', () => {
  it('reports a waiver of a task the parent does not have and one that is implemented', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('    "1": Lý do\n    "2": Lý do\n    "9": Lý do\n') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'parent/waiver-unknown')).toEqual([
      { rule: 'parent/waiver-unknown', file: 'p.yaml', line: 10, column: 5, endLine: 10, endColumn: 8 },
      { rule: 'parent/waiver-unknown', file: 'p.yaml', line: 12, column: 5, endLine: 12, endColumn: 8 },
    ]);
    expect(report.diagnostics.map((d) => d.message)).toEqual([
      'Nhiệm vụ "1" được miễn nhưng lại được thực hiện ở dòng 8',
      'Chỉ thị 28-CT/TW không có nhiệm vụ "9" để miễn (có: 1, 2)',
    ]);
  });

  it('stays quiet on a waiver of a real, unimplemented task', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('    "2": Lý do\n') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
