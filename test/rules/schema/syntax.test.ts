import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

describe('schema/syntax', () => {
  it('reports broken YAML at the parser position', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: a\ntitle: "unclosed\n' });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'schema/syntax')).toEqual([{ rule: 'schema/syntax', file: 'p.yaml', line: 3, column: 17, endLine: 3, endColumn: 17 }]);
    expect(report.diagnostics[0].message).toMatch(/^Thiếu ký tự đóng|^YAML không hợp lệ/);
  });

  it('reports a duplicate key at the second occurrence', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: agencies\nid: a\nid: b\nagencies: {}\n' });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/syntax')).toEqual([{ rule: 'schema/syntax', file: 'p.yaml', line: 3, column: 1, endLine: 3, endColumn: 3 }]);
    expect(report.diagnostics[0].message).toContain('Khóa "id" xuất hiện hai lần');
  });

  it('reports tabs used for indentation', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: agencies\nid: a\nagencies:\n\tsyt: { name: Sở Y tế }\n' });
    const { report } = await validateJson(dir);
    expect(report.diagnostics.map((d) => [d.rule, d.line])).toContainEqual(['schema/syntax', 4]);
  });

  it('stays quiet on well-formed YAML', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: agencies\nid: a\nagencies: {}\n' });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
  });
});
