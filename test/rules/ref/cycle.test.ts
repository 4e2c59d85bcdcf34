import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const doc = (id: string, parent: string) => `kind: plan\nid: ${id}\ntitle: T\nissuer: { name: X }\nparent: ${parent}\n`;

describe('ref/cycle', () => {
  it('reports a parent chain that loops, on every document in the loop', async () => {
    const dir = makeRepo({ 'a.yaml': doc('a', 'b'), 'b.yaml': doc('b', 'c'), 'c.yaml': doc('c', 'a') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'ref/cycle')).toEqual(
      ['a.yaml', 'b.yaml', 'c.yaml'].map((file) => ({ rule: 'ref/cycle', file, line: 5, column: 9, endLine: 5, endColumn: 10 })),
    );
    expect(report.diagnostics.find((d) => d.file === 'a.yaml' && d.rule === 'ref/cycle')!.message).toContain('a → b → c → a');
  });

  it('stays quiet on a chain that ends', async () => {
    const dir = makeRepo({ 'a.yaml': doc('a', 'b'), 'b.yaml': doc('b', 'c'), 'c.yaml': 'kind: plan\nid: c\ntitle: T\nissuer: { name: X }\n' });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
