// Terminal safety beyond validate's reports (spec/cli.md "Terminal safety"): tree, matrix and
// calendar print names and titles from the YAML; a name holding "\n::error …" must not start a
// line of their output, where GitHub Actions would run it as a workflow command.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initFiles, INIT_PLAN_ID } from '../../src/pipeline/init.js';
import { makeRepo, runCli } from '../helpers.js';

const INJECTED = '\\n::error file=evil.yaml::PWNED';

function repository(): string {
  const files: Record<string, string> = {};
  for (const f of initFiles('^0.1.0')) {
    // The health department's name (a lead and the reports' recipient) and the plan's title carry the injection.
    files[f.path] = f.text
      .replace('name: Sở Y tế', `name: "Sở Y tế${INJECTED}"`)
      .replace(/^title: (.*)$/m, (_, t: string) => `title: "${t.replace(/"/g, '\\"')}${INJECTED}"`);
  }
  return makeRepo(files);
}

const startsCommand = (out: string) => out.split(/\r?\n/).filter((line) => line.startsWith('::'));

describe('names from the YAML never start a workflow command', () => {
  const dir = repository();
  // tree prints ids and document numbers only: it is checked for the lines, not for the name.
  it('tree', async () => {
    const r = await runCli(['tree'], { cwd: dir });
    expect(startsCommand(r.stdout + r.stderr)).toEqual([]);
  });
  const runs: [string, string[]][] = [
    ['matrix text', ['matrix', INIT_PLAN_ID]],
    ['matrix md', ['matrix', INIT_PLAN_ID, '--to', 'md']],
    ['matrix csv', ['matrix', INIT_PLAN_ID, '--to', 'csv']],
    ['calendar md', ['calendar', '--year', '2025', '--to', 'md']],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      const r = await runCli(args, { cwd: dir });
      expect(r.stderr).not.toMatch(/lỗi nội bộ|internal error/i);
      expect(r.stdout + r.stderr, name).toContain('PWNED');
      expect(startsCommand(r.stdout), name).toEqual([]);
      expect(startsCommand(r.stderr), name).toEqual([]);
    });
  }
});

describe('a path named on the command line never starts a workflow command in an error', () => {
  const name = 'x\n::error file=evil.yaml::PWNED.yaml';
  for (const args of [['validate', name], ['render', name]]) {
    it(args[0], async () => {
      const r = await runCli(args, { cwd: repository() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('x\\n::error');
      expect(startsCommand(r.stdout + r.stderr)).toEqual([]);
    });
  }
});

describe('a special file or a system path named on the command line never starts a workflow command in its refusal', () => {
  it('a FIFO whose name carries a line break', async () => {
    const dir = repository();
    const fifo = 'y\n::error file=evil.yaml::PWNED.yaml';
    execFileSync('mkfifo', [join(dir, fifo)]);
    const r = await runCli(['validate', fifo], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"y\\n::error file=evil.yaml::PWNED.yaml" là một ống dẫn (FIFO)');
    expect(startsCommand(r.stdout + r.stderr)).toEqual([]);
  });
});
