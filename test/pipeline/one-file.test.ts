// spec/cli.md "Which repository a path belongs to": `kehoach validate <file>` loads the file's
// whole repository as context and reports exactly what `kehoach validate` of the repository
// reports for that file (issue 11: the Sơn La plan alone once gave 49 false errors).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type JsonReport } from '../helpers.js';

const EXAMPLE_FILES = ['plans', 'directives', 'agencies'].flatMap((folder) =>
  readdirSync(join(ROOT, 'examples', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `examples/${folder}/${f}`),
);

/** The stylish block of one file: its name, then its findings. */
function blockOf(stylish: string, file: string): string | undefined {
  return stylish.split('\n\n').find((block) => block.startsWith(`${file}\n`));
}

async function json(args: string[], cwd = ROOT): Promise<JsonReport> {
  const r = await runCli(['validate', '--format', 'json', ...args], { cwd, env: { KEHOACH_CACHE_HOME: KEYS } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonReport;
}

const KEYS = mkdtempSync(join(tmpdir(), 'kehoach-keys-'));

describe('validate <one file> = its part of validate <repository>', () => {
  it('covers every example plan, directive and agencies registry', () => {
    expect(EXAMPLE_FILES.filter((f) => f.includes('/plans/'))).toHaveLength(5);
    expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(11);
  });

  it.each(EXAMPLE_FILES)('%s: json, with and without the cache', async (file) => {
    const whole = await json(['--no-cache', 'examples']);
    const expected = whole.diagnostics.filter((d) => d.file === file);
    for (const cache of [['--no-cache'], []]) {
      const one = await json([...cache, file]);
      expect(one.diagnostics, `${file} ${cache.join(' ')}`).toEqual(expected);
      expect(one.documents).toBe(1);
      expect(one.summary.errors).toBe(expected.filter((d) => d.severity === 'error').length);
    }
    // The file's repository is found from inside it too (cwd = its folder).
    const fromInside = await json(['--no-cache', file.split('/').pop() as string], join(ROOT, file, '..'));
    expect(fromInside.diagnostics.map((d) => ({ ...d, file: `${file.slice(0, file.lastIndexOf('/'))}/${d.file}` }))).toEqual(expected);
  });

  it.each(EXAMPLE_FILES)('%s: stylish text', async (file) => {
    const whole = (await runCli(['validate', '--no-cache', 'examples'])).stdout;
    const one = await runCli(['validate', '--no-cache', file]);
    const block = blockOf(whole, file);
    if (block === undefined) expect(one.stdout).toBe('✔ 1 văn bản, không có vấn đề nào\n');
    else {
      const parts = one.stdout.split('\n\n');
      expect(parts).toHaveLength(2);
      expect(parts[0]).toBe(block);
    }
  });

  it('validate with no path, inside a folder of the repository: that folder, with the repository as context', async () => {
    const whole = await json(['--no-cache', 'examples']);
    const here = await json(['--no-cache'], join(ROOT, 'examples/plans'));
    expect(here.documents).toBe(5);
    expect(here.diagnostics.map((d) => ({ ...d, file: `examples/plans/${d.file}` }))).toEqual(whole.diagnostics.filter((d) => d.file.startsWith('examples/plans/')));
  });

  it('the Sơn La plan alone has no error (the directive and the registry are its context)', async () => {
    const one = await json(['--no-cache', 'examples/plans/son-la-93-kh-ubnd-2023.yaml']);
    expect(one.summary.errors).toBe(0);
  });

  it('in a new repository made by init: validate plans/ and validate <plan> report what validate reports', async () => {
    const base = mkdtempSync(join(tmpdir(), 'kehoach-one-'));
    expect((await runCli(['init', 'kho'], { cwd: base })).code).toBe(0);
    const dir = join(base, 'kho');
    const whole = await json(['--no-cache'], dir);
    const planFile = readdirSync(join(dir, 'plans'))[0];
    for (const args of [['plans/'], [`plans/${planFile}`]]) {
      const part = await json(['--no-cache', ...args], dir);
      expect(part.diagnostics, args[0]).toEqual(whole.diagnostics.filter((d) => d.file.startsWith('plans/')));
      expect(part.documents).toBe(1);
    }
    const r = await runCli(['validate', `plans/${planFile}`], { cwd: dir, env: { KEHOACH_CACHE_HOME: KEYS } });
    expect(r.code).toBe(0);
  });
});

describe('tree, calendar, matrix and render of one file read its whole repository', () => {
  const PLAN = 'examples/plans/vi-du-moc-chau-kh-2023.yaml';

  it('tree <plan>: the plan alone, with its coverage and its parent found, as in tree <repository>', async () => {
    const whole = (await runCli(['tree', 'examples'])).stdout;
    const one = await runCli(['tree', PLAN]);
    expect(one.code).toBe(0);
    const line = one.stdout.trim();
    expect(line).toBe('Kế hoạch 52/KH-UBND [vi-du-moc-chau-kh-2023] · nhiệm vụ 7/7, miễn 0, thiếu 0 · chỉ tiêu 20/20 · 0 lỗi, 0 cảnh báo');
    expect(whole).toContain(line);
  });

  it('calendar <plan>: that plan\'s deadlines of calendar <repository>', async () => {
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('| ') && l.includes('Kế hoạch 52/KH-UBND'));
    const whole = await runCli(['calendar', 'examples', '--year', '2023']);
    const one = await runCli(['calendar', PLAN, '--year', '2023']);
    expect(rows(whole.stdout).length).toBeGreaterThan(0);
    expect(rows(one.stdout)).toEqual(rows(whole.stdout));
    expect(one.stdout.split('\n').filter((l) => /^\| \d/.test(l))).toEqual(rows(whole.stdout));
  });

  it('--repo names the repository explicitly (validate, tree)', async () => {
    const file = 'plans/vi-du-moc-chau-kh-2023.yaml';
    const byRepo = await runCli(['validate', '--format', 'json', '--no-cache', '--repo', 'examples', `examples/${file}`]);
    expect(JSON.parse(byRepo.stdout).summary.errors).toBe(0);
    // The wrong repository (a folder without the agencies registry): its agencies are then really unknown.
    const wrong = await runCli(['validate', '--format', 'json', '--no-cache', '--repo', 'examples/plans', `examples/${file}`]);
    expect(JSON.parse(wrong.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('ref/agency');
    expect((await runCli(['tree', '--repo', 'examples', `examples/${file}`])).stdout).not.toContain('không tìm thấy văn bản cấp trên');
    expect(await runCli(['tree', '--repo', 'khong-co'])).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Không tìm thấy thư mục kho "khong-co" (--repo).\n' });
  });
});
