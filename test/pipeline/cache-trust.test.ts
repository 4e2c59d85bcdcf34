// spec/cli.md "The cache": a cache can never make a broken plan pass. Its entries are signed
// with a key kept outside the repository; a cache committed and cloned, edited, damaged,
// truncated or of another version is ignored and rewritten; under CI=true it is off unless
// --cache; a failed write leaves no *.tmp; a symlinked cache folder is refused.
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const CACHE = join('.kehoach-cache', 'validate.json');

/** A copy of the examples in which the Sơn La plan names an agency that does not exist. */
function brokenRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-trust-'));
  // Not the cache other runs left in examples/: each test starts without one.
  cpSync(join(ROOT, 'examples'), dir, { recursive: true, filter: (src) => !src.includes('.kehoach-cache') });
  const plan = join(dir, 'plans/son-la-93-kh-ubnd-2023.yaml');
  const text = readFileSync(plan, 'utf8');
  writeFileSync(plan, text.replace(/lead: syt\b/, 'lead: sty'));
  return dir;
}

const keyHome = () => mkdtempSync(join(tmpdir(), 'kehoach-key-'));

function validate(dir: string, env: Record<string, string>, extra: string[] = []) {
  return runCli(['validate', '--format', 'json', ...extra, '.'], { cwd: dir, env });
}

/** The cache body, and a writer that signs a changed body with a given machine's key. */
function cacheBody(dir: string): { diagnostics?: unknown; entries: Record<string, Record<string, unknown>> } & Record<string, unknown> {
  const text = readFileSync(join(dir, CACHE), 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

function writeCache(dir: string, body: unknown, keyFolder?: string): void {
  const json = JSON.stringify(body);
  const signature = keyFolder
    ? createHmac('sha256', Buffer.from(readFileSync(join(keyFolder, 'cache-key'), 'utf8').trim(), 'hex')).update(json).digest('hex')
    : '0'.repeat(64);
  writeFileSync(join(dir, CACHE), `${signature}\n${json}`);
}

/** Every entry's diagnostics emptied: what an attacker commits. */
function silenced(dir: string) {
  const body = cacheBody(dir);
  for (const entry of Object.values(body.entries)) if (Array.isArray(entry.diagnostics)) entry.diagnostics = [];
  return body;
}

describe('the validate cache cannot be trusted blindly', () => {
  it('a committed cache with its diagnostics emptied does not make a clone pass (CI=true; GITHUB_ACTIONS=true with --cache)', async () => {
    const attacker = keyHome();
    const dir = brokenRepo();
    const first = await validate(dir, { KEHOACH_CACHE_HOME: attacker });
    expect(first.code).toBe(1);
    const errors = JSON.parse(first.stdout).summary.errors;
    expect(errors).toBeGreaterThan(0);
    // Signed with the attacker's own key, the forged cache is accepted on the attacker's machine
    // (so this test can fail): the key is what makes the difference on the clone.
    writeCache(dir, silenced(dir), attacker);
    expect((await validate(dir, { KEHOACH_CACHE_HOME: attacker })).code).toBe(0);
    writeCache(dir, silenced(dir), attacker);

    // "Cloned": the CI machine has its own key.
    for (const [env, extra] of [
      [{ CI: 'true', KEHOACH_CACHE_HOME: keyHome() }, []],
      [{ CI: 'true', GITHUB_ACTIONS: 'true', KEHOACH_CACHE_HOME: keyHome() }, ['--cache']],
      [{ GITHUB_ACTIONS: 'true', KEHOACH_CACHE_HOME: keyHome() }, ['--cache']],
    ] as const) {
      writeCache(dir, silenced(dir), attacker);
      const clone = await validate(dir, env, [...extra]);
      expect(clone.code, JSON.stringify(env)).toBe(1);
      expect(JSON.parse(clone.stdout).summary.errors).toBe(errors);
    }
  });

  it('an entry edited without the key is ignored on the same machine too', async () => {
    const key = keyHome();
    const dir = brokenRepo();
    await validate(dir, { KEHOACH_CACHE_HOME: key });
    const body = silenced(dir);
    const text = readFileSync(join(dir, CACHE), 'utf8');
    writeFileSync(join(dir, CACHE), `${text.slice(0, 64)}\n${JSON.stringify(body)}`);
    expect((await validate(dir, { KEHOACH_CACHE_HOME: key })).code).toBe(1);
  });

  it('under CI=true the cache is off unless --cache: nothing read, nothing written', async () => {
    const dir = brokenRepo();
    const env = { CI: 'true', KEHOACH_CACHE_HOME: keyHome() };
    expect((await validate(dir, env)).code).toBe(1);
    expect(existsSync(join(dir, '.kehoach-cache'))).toBe(false);
    expect((await validate(dir, env, ['--cache'])).code).toBe(1);
    expect(existsSync(join(dir, CACHE))).toBe(true);
  });

  it('the key is created on first use with mode 0600, under XDG_CACHE_HOME when set', async () => {
    const xdg = keyHome();
    const dir = brokenRepo();
    await validate(dir, { XDG_CACHE_HOME: xdg });
    const key = join(xdg, 'kehoach', 'cache-key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  const damaged: [string, (dir: string, key: string) => void][] = [
    ['"diagnostics": 5 (unsigned)', (dir) => writeCache(dir, { ...cacheBody(dir), entries: Object.fromEntries(Object.entries(cacheBody(dir).entries).map(([k, e]) => [k, { ...e, diagnostics: 5 }])) })],
    ['"diagnostics": 5 (signed with this key)', (dir, key) => writeCache(dir, { ...cacheBody(dir), entries: Object.fromEntries(Object.entries(cacheBody(dir).entries).map(([k, e]) => [k, { ...e, diagnostics: 5 }])) }, key)],
    ['entries: null (signed)', (dir, key) => writeCache(dir, { ...cacheBody(dir), entries: null }, key)],
    ['a foreign version (signed)', (dir, key) => writeCache(dir, { ...cacheBody(dir), format: 1 }, key)],
    ['truncated', (dir) => writeFileSync(join(dir, CACHE), readFileSync(join(dir, CACHE)).subarray(0, 100))],
    ['not JSON at all', (dir) => writeFileSync(join(dir, CACHE), '\u0000\u0001garbage')],
    ['empty', (dir) => writeFileSync(join(dir, CACHE), '')],
  ];
  it.each(damaged)('a damaged cache (%s) is ignored and rewritten, never a crash; --no-cache works too', async (_name, damage) => {
    const key = keyHome();
    const dir = brokenRepo();
    const expected = await validate(dir, { KEHOACH_CACHE_HOME: key }, ['--no-cache']);
    await validate(dir, { KEHOACH_CACHE_HOME: key });
    damage(dir, key);
    expect(await validate(dir, { KEHOACH_CACHE_HOME: key }, ['--no-cache'])).toEqual(expected);
    damage(dir, key);
    expect(await validate(dir, { KEHOACH_CACHE_HOME: key })).toEqual(expected);
    // Rewritten: a warm run from it gives the same again.
    expect(cacheBody(dir).format).toBe(5);
    expect(await validate(dir, { KEHOACH_CACHE_HOME: key })).toEqual(expected);
  });

  it('a failed write leaves no *.tmp behind', async () => {
    const dir = brokenRepo();
    const env = { KEHOACH_CACHE_HOME: keyHome() };
    // validate.json is a folder: the rename into place fails whoever runs the test (root too).
    mkdirSync(join(dir, CACHE), { recursive: true });
    const expected = await validate(dir, env, ['--no-cache']);
    for (let i = 0; i < 2; i++) expect(await validate(dir, env)).toEqual(expected);
    expect(readdirSync(join(dir, '.kehoach-cache'))).toEqual(['validate.json']);
  });

  it('a FIFO in place of validate.json does not hang the run', async () => {
    const dir = brokenRepo();
    mkdirSync(join(dir, '.kehoach-cache'));
    execFileSync('mkfifo', [join(dir, CACHE)]);
    const env = { KEHOACH_CACHE_HOME: keyHome() };
    const expected = await validate(dir, env, ['--no-cache']);
    expect(await validate(dir, env)).toEqual(expected);
  });

  it('a .kehoach-cache that is a symlink is refused with a message, nothing written through it', async () => {
    const dir = brokenRepo();
    const outside = mkdtempSync(join(tmpdir(), 'kehoach-outside-'));
    symlinkSync(outside, join(dir, '.kehoach-cache'));
    const env = { KEHOACH_CACHE_HOME: keyHome() };
    const expected = await validate(dir, env, ['--no-cache']);
    const r = await validate(dir, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toBe('kehoach: .kehoach-cache là liên kết (symlink) hoặc nằm ngoài kho nên không dùng bộ nhớ đệm. Hãy xoá nó (kehoach sẽ tạo lại một thư mục thường).\n');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a validate.json that is a symlink is refused too (in English with --lang en)', async () => {
    const dir = brokenRepo();
    const outside = join(mkdtempSync(join(tmpdir(), 'kehoach-outside-')), 'target.json');
    mkdirSync(join(dir, '.kehoach-cache'));
    symlinkSync(outside, join(dir, CACHE));
    const r = await validate(dir, { KEHOACH_CACHE_HOME: keyHome() }, ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kehoach: ${CACHE} is a symbolic link or lies outside the repository; the cache is not used. Delete it (it is rebuilt as a plain folder).\n`);
    expect(existsSync(outside)).toBe(false);
  });
});
