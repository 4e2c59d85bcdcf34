// Worker threads must not change what validate reports: the same diagnostics, in the same
// order, as one thread — on the real examples, on the fixtures full of mistakes, and on a
// generated repository with an error planted in a plan another worker's plans depend on.
// Runs the built CLI (the workers run compiled modules).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../../scripts/bench/generate.js';
import { ROOT, spawnCli } from '../helpers.js';

function compare(dir: string, cache: boolean) {
  const flags = ['--format', 'json', ...(cache ? [] : ['--no-cache'])];
  const one = spawnCli(['validate', '.', ...flags, '--jobs', '1'], { cwd: dir });
  const two = spawnCli(['validate', '.', ...flags, '--jobs', '2'], { cwd: dir });
  expect(two.stderr).toBe('');
  expect(two.code).toBe(one.code);
  expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  return JSON.parse(one.stdout) as { diagnostics: unknown[] };
}

describe('validate --jobs 2', () => {
  it('gives the one-thread diagnostics on the examples and on every fixture repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-parallel-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures'), join(dir, 'fixtures'), { recursive: true });
    const report = compare(dir, false);
    // The fixtures are full of mistakes (duplicate ids across folders, multiple leads, …).
    expect(report.diagnostics.length).toBeGreaterThan(10);
  });

  it('gives the one-thread diagnostics on a generated repository with planted mistakes, with and without the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-parallel-'));
    const files = generateRepository(dir, 40);
    // A plan that is another plan's parent (its tasks are read by the other worker), a broken
    // plan, a duplicate id and a wrong citation date.
    writeFileSync(files[1], readFileSync(files[1], 'utf8').replace('parent: chi-thi-28-ct-tw', `parent: ke-hoach-00000`));
    writeFileSync(files[2], readFileSync(files[2], 'utf8').replace('title:', 'titel:'));
    writeFileSync(files[3], readFileSync(files[3], 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-00004'));
    writeFileSync(files[5], readFileSync(files[5], 'utf8').replace('ngày 25/12/2023', 'ngày 25/12/2013'));
    const report = compare(dir, false);
    const rules = new Set((report.diagnostics as { rule: string }[]).map((d) => d.rule));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['citation/date', 'doc/duplicate-id', 'schema/unknown-key']));
    compare(dir, true);
  });
});
