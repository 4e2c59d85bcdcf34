// doc/no-kind as the CLI shows it: the text report, the cache, and the commands that need a
// plan (the rule's findings themselves: test/rules/doc/no-kind.test.ts).
import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, runCli, validateJson } from '../helpers.js';

const PLAN_BODY = 'id: p\ntitle: Kế hoạch thực hiện\nissuer: { name: UBND tỉnh }\n';

describe('doc/no-kind in the CLI', () => {
  it('a file without kind: exits 0 with a warning and no ✔', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plans/p.yaml': PLAN_BODY });
    const { code } = await validateJson(dir);
    expect(code).toBe(0);
    const text = await runCli(['validate', '--no-cache', '.'], { cwd: dir });
    expect(text.stdout).not.toContain('✔');
    expect(text.stdout).toContain('1 cảnh báo');
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
