import { describe, expect, it } from 'vitest';
import { AGENCIES, DIRECTIVE, makeRepo, pick, planWithIndicators, validateJson } from '../../helpers.js';

const plan = (items: string) => planWithIndicators(items);

describe('doc/duplicate-id', () => {
  it('reports the second document with an id', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'b/d1.yaml': DIRECTIVE, 'c/d2.yaml': DIRECTIVE });
    const { report } = await validateJson(dir);
    expect(pick(report, 'doc/duplicate-id')).toEqual([{ rule: 'doc/duplicate-id', file: 'c/d2.yaml', line: 2, column: 5, endLine: 2, endColumn: 10 }]);
    expect(report.diagnostics[0].message).toBe('Mã văn bản "ct-28" đã được dùng ở b/d1.yaml');
  });

  it('reports two indicators with the same number in a plan', async () => {
    const items = '        - { id: "1", text: A, lead: syt }\n        - { id: "1", text: B, lead: syt }\n';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(items) });
    const { report } = await validateJson(dir);
    expect(pick(report, 'doc/duplicate-id')).toEqual([{ rule: 'doc/duplicate-id', file: 'p.yaml', line: 11, column: 17, endLine: 11, endColumn: 20 }]);
    expect(report.diagnostics[0].message).toContain('đã có ở dòng 10');
  });

  it('reports a sub-task reusing a task id', async () => {
    const text = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\ntasks:\n  items:\n    - id: a\n      title: A\n      items:\n        - { id: a, title: B }\n';
    const dir = makeRepo({ 'p.yaml': text });
    const { report } = await validateJson(dir);
    expect(pick(report, 'doc/duplicate-id')).toEqual([{ rule: 'doc/duplicate-id', file: 'p.yaml', line: 10, column: 17, endLine: 10, endColumn: 18 }]);
  });

  it('stays quiet on distinct ids', async () => {
    const items = '        - { id: "1", text: A, lead: syt }\n        - { id: "2", text: B, lead: syt }\n';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': plan(items) });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
