// kehoach-suppressions.json (spec/editor.md "Suppressions and baseline"): --suppress-all makes
// a repository with findings start green, a new finding fails it again, --prune-suppressions
// lowers the counts to what is left.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, runCli } from '../helpers.js';

/** A plan whose tasks have these lead keys ("sty", "sgd": unknown, ref/agency errors) and one doubled space (text/whitespace). */
const plan = (leads: string[]) => `kind: plan
id: p
title: "Kế hoạch  thử"
issuer: { name: UBND tỉnh }
tasks:
  items:
${leads.map((lead, i) => `    - { id: "${i + 1}", title: Việc ${i + 1}, lead: ${lead} }`).join('\n')}
`;

const json = async (dir: string, extra: string[] = []) => {
  const r = await runCli(['validate', '--format', 'json', ...extra, '.'], { cwd: dir });
  return { code: r.code, stderr: r.stderr, diagnostics: (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number }[] }).diagnostics.map((d) => `${d.rule}@${d.line}`) };
};

describe('validate --suppress-all / --prune-suppressions', () => {
  it('records the findings; the repository is green until a new finding appears', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plans/p.yaml': plan(['sty', 'syt']) });
    expect((await json(dir)).diagnostics).toEqual(['text/whitespace@3', 'ref/agency@7']);

    const adopt = await json(dir, ['--suppress-all']);
    expect(adopt).toEqual({ code: 0, stderr: 'kehoach: đã ghi kehoach-suppressions.json: chấp nhận 2 phát hiện.\n', diagnostics: [] });
    expect(readFileSync(join(dir, 'kehoach-suppressions.json'), 'utf8')).toBe(
      '{\n  "plans/p.yaml": {\n    "ref/agency": {\n      "count": 1\n    },\n    "text/whitespace": {\n      "count": 1\n    }\n  }\n}\n',
    );
    const stylish = await runCli(['validate', '.'], { cwd: dir });
    expect([stylish.code, stylish.stdout]).toEqual([0, '✔ 2 văn bản, không có vấn đề nào\n']);

    // A second unknown key: over the count, so both of that rule's findings are reported.
    writeFileSync(join(dir, 'plans/p.yaml'), plan(['sty', 'sgd']));
    expect(await json(dir)).toEqual({ code: 1, stderr: '', diagnostics: ['ref/agency@7', 'ref/agency@8'] });
  });

  it('--prune-suppressions drops what no longer occurs, and files that are gone', async () => {
    const dir = makeRepo({
      'agencies.yaml': AGENCIES,
      'plans/p.yaml': plan(['sty', 'sgd']),
      'kehoach-suppressions.json': JSON.stringify({ 'plans/p.yaml': { 'ref/agency': { count: 2 }, 'text/whitespace': { count: 1 } }, 'plans/gone.yaml': { 'ref/agency': { count: 1 } } }),
    });
    expect((await json(dir)).code).toBe(0);
    writeFileSync(join(dir, 'plans/p.yaml'), plan(['sty', 'syt']).replace('Kế hoạch  thử', 'Kế hoạch thử'));
    const pruned = await json(dir, ['--prune-suppressions', '--lang', 'en']);
    expect(pruned).toEqual({ code: 0, stderr: 'kehoach: kehoach-suppressions.json written: 1 finding(s) accepted.\n', diagnostics: [] });
    expect(JSON.parse(readFileSync(join(dir, 'kehoach-suppressions.json'), 'utf8'))).toEqual({ 'plans/p.yaml': { 'ref/agency': { count: 1 } } });
    // Fixed findings no longer cover new ones: a second unknown key fails.
    writeFileSync(join(dir, 'plans/p.yaml'), plan(['sty', 'sgd']));
    expect((await json(dir)).code).toBe(1);
  });

  it('a broken file is exit 2 with what to do; both options together are refused', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plans/p.yaml': plan(['syt']), 'kehoach-suppressions.json': '{ "plans/p.yaml": 3 }' });
    const r = await runCli(['validate', '.'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'kehoach: Không đọc được kehoach-suppressions.json (cần dạng { "tệp": { "quy-tắc": { "count": n } } }). Tạo lại bằng "kehoach validate --suppress-all", hoặc xóa tệp này.\n',
    ]);
    const both = await runCli(['validate', '--suppress-all', '--prune-suppressions', '.'], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([2, 'kehoach: Không dùng --suppress-all cùng với --prune-suppressions\n']);
  });
});
