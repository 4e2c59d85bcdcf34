import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, runCli, validateJson } from '../../helpers.js';

const PLAN_BODY = 'id: p\ntitle: Kế hoạch thực hiện\nissuer: { name: UBND tỉnh }\n';

describe('doc/no-kind', () => {
  it('reports a plan whose kind line was deleted: a warning, the file counted, no ✔', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plans/p.yaml': PLAN_BODY });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, 'doc/no-kind')).toEqual([{ rule: 'doc/no-kind', file: 'plans/p.yaml', line: 1, column: 1, endLine: 1, endColumn: 6 }]);
    expect(report.diagnostics[0].message).toBe('Tệp này trông như một văn bản (plan) nhưng không có dòng "kind:", nên kehoach không kiểm tra nó');
    expect(report.diagnostics[0].hint).toBe('Thêm dòng "kind: plan" ở đầu tệp');
    expect(report.documents).toBe(2);
    const text = await runCli(['validate', '--no-cache', '.'], { cwd: dir });
    expect(text.stdout).not.toContain('✔');
    expect(text.stdout).toContain('1 cảnh báo');
  });

  it('reports "Kind:" at the mistyped key, with the kind it names', async () => {
    const dir = makeRepo({ 'p.yaml': `Kind: directive\n${PLAN_BODY}` });
    const { report } = await validateJson(dir);
    expect(pick(report, 'doc/no-kind')).toEqual([{ rule: 'doc/no-kind', file: 'p.yaml', line: 1, column: 1, endLine: 1, endColumn: 5 }]);
    expect(report.diagnostics[0].message).toBe('Khóa "Kind" phải viết đúng là "kind" (chữ thường, liền dấu hai chấm); đến khi sửa, kehoach không kiểm tra tệp này');
    expect(report.diagnostics[0].hint).toBe('Sửa thành "kind: directive"');
  });

  it('reports "kind" followed by a non-breaking space (pasted from Word), in English too', async () => {
    const dir = makeRepo({ 'p.yaml': `id: p\nkind\u00a0: plan\ntitle: T\n` });
    const { report } = await validateJson(dir, ['--lang', 'en']);
    expect(pick(report, 'doc/no-kind')).toEqual([{ rule: 'doc/no-kind', file: 'p.yaml', line: 2, column: 1, endLine: 2, endColumn: 6 }]);
    expect(report.diagnostics[0].message).toBe('The key "kind\u00a0" must be written "kind" (lower case, right before the colon); until then kehoach does not check this file');
  });

  it('names the likely kind from the folder and from the keys', async () => {
    const dir = makeRepo({ 'directives/d.yaml': 'id: d\n', 'registry.yaml': 'id: a\nagencies:\n  syt: { name: Sở Y tế }\n', 'x.yaml': 'id: x\ntitle: T\ntasks:\n  - { id: "1", title: A }\n' });
    const { report } = await validateJson(dir);
    expect(report.diagnostics.filter((d) => d.rule === 'doc/no-kind').map((d) => [d.file, d.hint])).toEqual([
      ['directives/d.yaml', 'Thêm dòng "kind: directive" ở đầu tệp'],
      ['registry.yaml', 'Thêm dòng "kind: agencies" ở đầu tệp'],
      ['x.yaml', 'Thêm dòng "kind: directive" ở đầu tệp'],
    ]);
  });

  it('stays quiet on YAML that is not a kehoach document (a CI workflow, a list)', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'ci.yml': 'name: CI\non: [push]\njobs: {}\n', 'list.yaml': '- a\n- b\n' });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.documents).toBe(1);
  });

  it('a file named on the command line gets schema/missing (an error) instead, never both', async () => {
    const dir = makeRepo({ 'plans/p.yaml': PLAN_BODY });
    const r = await runCli(['validate', '--format', 'json', 'plans/p.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['schema/missing']);
  });

  it('is reported again from the cache', async () => {
    const dir = makeRepo({ 'plans/p.yaml': PLAN_BODY });
    const cold = await validateJson(dir);
    const warm = await validateJson(dir);
    expect(warm.report).toEqual(cold.report);
    expect(pick(warm.report, 'doc/no-kind')).toHaveLength(1);
  });

  it('render and matrix of such a file say it has no "kind: plan", not that it cannot be found', async () => {
    const dir = makeRepo({ 'kehoach.config.yaml': '{}\n', 'plans/p.yaml': `Kind: plan\n${PLAN_BODY}` });
    for (const command of ['render', 'matrix']) {
      const r = await runCli([command, 'plans/p.yaml'], { cwd: dir });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'kehoach: "plans/p.yaml" không có dòng "kind: plan" nên không được đọc là một kế hoạch. Hãy thêm dòng "kind: plan" vào đầu tệp.\n' });
    }
  });
});
