import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

describe('schema/missing', () => {
  it('reports a missing required key at the mapping that should hold it', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer:\n  short: UBND\n' });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'schema/missing')).toEqual([{ rule: 'schema/missing', file: 'p.yaml', line: 4, column: 1, endLine: 4, endColumn: 7 }]);
    expect(report.diagnostics[0].message).toBe('Thiếu khóa bắt buộc "name"');
  });

  it('reports an empty required text', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: p\ntitle: ""\nissuer: { name: X }\n' });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/missing')).toEqual([{ rule: 'schema/missing', file: 'p.yaml', line: 3, column: 8, endLine: 3, endColumn: 10 }]);
  });

  it('reports a missing kind on a file named on the command line', async () => {
    const dir = makeRepo({ 'p.yaml': 'id: p\ntitle: T\n' });
    const { runCli } = await import('../../helpers.js');
    const r = await runCli(['validate', '--format', 'json', 'p.yaml'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(pick(report, 'schema/missing')).toEqual([{ rule: 'schema/missing', file: 'p.yaml', line: 1, column: 1, endLine: 1, endColumn: 6 }]);
  });

  it('stays quiet when every required key is there', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\n' });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/missing')).toEqual([]);
  });
});
