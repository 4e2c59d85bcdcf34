import { describe, expect, it } from 'vitest';
import { DIRECTIVE } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

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
  it('reports a waiver of a task the parent does not have and one that is implemented', () => {
    const found = expectFindings({
      'd.yaml': DIRECTIVE,
      'p.yaml': plan(`    "1": Lý do
#   ^^^ parent/waiver-unknown
    "2": Lý do
    "9": Lý do
#   ^^^ parent/waiver-unknown
`),
    });
    expect(found.map((d) => d.message)).toEqual([
      'Nhiệm vụ "1" được miễn nhưng lại được thực hiện ở dòng 8',
      'Chỉ thị 28-CT/TW không có nhiệm vụ "9" để miễn (có: 1, 2)',
    ]);
  });

  it('stays quiet on a waiver of a real, unimplemented task', () => {
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('    "2": Lý do\n') });
  });
});
