import { describe, expect, it } from 'vitest';
import { DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const plan = (parent: string) => `kind: plan\nid: p\ntitle: T\nissuer: { name: X }\nparent: ${parent}\n`;

describe('ref/parent', () => {
  it('reports a parent id that is nowhere, with did-you-mean', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('ct-82') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'ref/parent')).toEqual([{ rule: 'ref/parent', file: 'p.yaml', line: 5, column: 9, endLine: 5, endColumn: 14 }]);
    expect(report.diagnostics[0].hint).toBe('Có phải ý bạn là "ct-28"?');
  });

  it('suggests adding a record when nothing is close', async () => {
    const dir = makeRepo({ 'p.yaml': plan('nghi-quyet-99') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/parent')).toHaveLength(1);
    expect(report.diagnostics[0].hint).toContain('kind: directive');
  });

  it('stays quiet when the parent exists', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('ct-28') + 'tasks:\n  items: []\n  waived: { "1": Không áp dụng, "2": Không áp dụng }\n' });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
