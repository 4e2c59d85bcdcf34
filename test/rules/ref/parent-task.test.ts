import { describe, expect, it } from 'vitest';
import { DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const plan = (ids: string) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - id: a
      title: A
      implements: [${ids}]
`;

describe('ref/parent-task', () => {
  it('reports an implements id the parent does not have', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('"1", "2", "7"') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/parent-task')).toEqual([{ rule: 'ref/parent-task', file: 'p.yaml', line: 10, column: 30, endLine: 10, endColumn: 33 }]);
    expect(report.diagnostics[0].message).toBe('Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2)');
  });

  it('stays quiet when every id exists', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('"1", 2') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
