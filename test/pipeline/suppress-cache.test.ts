// Inline suppressions are applied where a file's diagnostics are final (runRules): the cache
// holds the suppressed result and is right after the comments change, and worker threads give
// the serial run's result.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli, spawnCli } from '../helpers.js';

/** A used suppression (line 7) and an unused one (line 9, suppress/unused). */
const suppressed = `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
    # kehoach-disable-next-line text/whitespace -- nguyên văn
    - "Hai  cách."
    # kehoach-disable-next-line text/nfc -- thừa
    - "Một cách."
`;

const run = async (dir: string, extra: string[]) => {
  const r = await runCli(['validate', '--format', 'json', ...extra, '.'], { cwd: dir });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; line: number }[] }).diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`);
};

describe('suppressions with the cache and worker threads', () => {
  it('a cached run reports what a fresh one does, before and after a comment changes', async () => {
    const dir = makeRepo({ 'p.yaml': suppressed });
    const fresh = await run(dir, ['--cache']);
    expect(fresh).toEqual(['p.yaml:9 suppress/unused']);
    expect(existsSync(join(dir, '.kehoach-cache'))).toBe(true);
    expect(await run(dir, ['--cache'])).toEqual(fresh);
    // Only a comment changes: the suppression goes, the finding comes back.
    writeFileSync(join(dir, 'p.yaml'), suppressed.replace('    # kehoach-disable-next-line text/whitespace -- nguyên văn\n', '    # (đã bỏ chú thích tắt quy tắc)\n'));
    expect(await run(dir, ['--cache'])).toEqual(['p.yaml:8 text/whitespace', 'p.yaml:9 suppress/unused']);
    expect(await run(dir, ['--no-cache'])).toEqual(['p.yaml:8 text/whitespace', 'p.yaml:9 suppress/unused']);
  });

  it('worker threads apply the suppressions of the files they check (the built CLI: workers run compiled modules)', () => {
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`p${i}.yaml`, suppressed.replace('id: p', `id: p${i}`)]));
    const dir = makeRepo(files);
    const spawned = (jobs: string) => {
      const r = spawnCli(['validate', '--format', 'json', '--no-cache', '--jobs', jobs, '.'], { cwd: dir });
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; line: number }[] }).diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`);
    };
    const serial = spawned('1');
    expect(serial).toEqual(['p0.yaml:9 suppress/unused', 'p1.yaml:9 suppress/unused', 'p2.yaml:9 suppress/unused', 'p3.yaml:9 suppress/unused']);
    expect(spawned('2')).toEqual(serial);
  });
});
