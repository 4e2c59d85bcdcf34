// `--format json` has exactly the shape of spec/cli.md.
import { describe, expect, it } from 'vitest';
import { AGENCIES, DIRECTIVE, makeRepo, runCli, RULES_DOCS } from '../helpers.js';

describe('validate --format json', () => {
  it('matches the shape of cli.md exactly', async () => {
    const plan = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\nparent: ct-28\ntasks:\n  items:\n    - { id: a, title: A, implements: ["1"], lead: sty }\n';
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'directives/ct.yaml': DIRECTIVE, 'plans/p.yaml': plan });
    const r = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      documents: 3,
      diagnostics: [
        {
          rule: 'parent/task-not-covered',
          severity: 'error',
          file: 'plans/p.yaml',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 14,
          message: 'Nhiệm vụ 2 của Chỉ thị 28-CT/TW ("Chính sách") không có nhiệm vụ nào thực hiện và không có trong "waived"',
          hint: 'Thêm "implements: [\'2\']" vào nhiệm vụ thực hiện nó, hoặc ghi lý do ở "tasks.waived" với khóa "2"',
          docs: `${RULES_DOCS}#parent/task-not-covered`,
        },
        {
          rule: 'ref/agency',
          severity: 'error',
          file: 'plans/p.yaml',
          line: 8,
          column: 51,
          endLine: 8,
          endColumn: 54,
          message: 'Không có cơ quan "sty" trong danh mục cơ quan',
          hint: 'Có phải ý bạn là "syt"?',
          docs: `${RULES_DOCS}#ref/agency`,
        },
      ],
      summary: { errors: 2, warnings: 0, infos: 0 },
    });
  });

  it('gives file paths relative to the current folder with / separators', async () => {
    const dir = makeRepo({ 'a/b/p.yaml': 'kind: plan\nid: P\ntitle: T\nissuer: { name: X }\n' });
    const r = await runCli(['validate', '--format', 'json', 'a'], { cwd: dir });
    expect(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file)).toEqual(['a/b/p.yaml']);
  });
});
