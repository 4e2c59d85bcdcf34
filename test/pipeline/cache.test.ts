// The content-hash cache must never change what validate reports: after every kind of edit,
// a cached run gives exactly the diagnostics of a run without the cache.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

async function both(dir: string) {
  const cached = await runCli(['validate', '--format', 'json', '.'], { cwd: dir });
  const uncached = await runCli(['validate', '--format', 'json', '--no-cache', '.'], { cwd: dir });
  return { cached: JSON.parse(cached.stdout), uncached: JSON.parse(uncached.stdout), codes: [cached.code, uncached.code] };
}

/** The JSON body of the signed cache file (its first line is the signature). */
function readCacheBody(dir: string) {
  const text = readFileSync(join(dir, '.kehoach-cache', 'validate.json'), 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `edit of ${file} must change it`).not.toBe(text);
  writeFileSync(path, changed);
}

describe('validate cache (.kehoach-cache/)', () => {
  it('gives the same diagnostics as --no-cache through a series of edits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const steps: [string, () => void][] = [
      ['cold', () => undefined],
      ['warm, unchanged', () => undefined],
      ['a plan body gets an unknown agency', () => edit(dir, 'plans/son-la-93-kh-ubnd-2023.yaml', /lead: syt\b/, 'lead: sty')],
      ['the directive loses task 5', () => edit(dir, 'directives/chi-thi-28-ct-tw.yaml', /\n  - id: "5"[\s\S]*?(?=\n\S|$)/, '\n')],
      ['the plan header changes (date)', () => edit(dir, 'plans/son-la-93-kh-ubnd-2023.yaml', 'date: 2023-04-03', 'date: 2023-02-01')],
      ['an agency is removed from the registry', () => edit(dir, 'agencies/son-la.yaml', /\n  stp:[\s\S]*?(?=\n  \S)/, '')],
      ['the cache file is corrupt', () => writeFileSync(join(dir, '.kehoach-cache', 'validate.json'), '{"format":1,')],
      ['a new file duplicates an id', () => cpSync(join(dir, 'directives/chi-thi-28-ct-tw.yaml'), join(dir, 'directives/copy.yaml'))],
      ['everything restored', () => cpSync(join(ROOT, 'examples'), dir, { recursive: true, force: true })],
    ];
    const seen: number[] = [];
    for (const [name, step] of steps) {
      step();
      const { cached, uncached, codes } = await both(dir);
      expect(cached, name).toEqual(uncached);
      expect(codes[0], name).toBe(codes[1]);
      seen.push(uncached.diagnostics.length);
    }
    // The edits really produced findings, so the comparisons above compared something.
    expect(Math.max(...seen)).toBeGreaterThan(seen[0]);
    expect(existsSync(join(dir, '.kehoach-cache', 'validate.json'))).toBe(true);
  });

  it('reuses cached results: a warm run reads only the files that changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    await runCli(['validate', '.'], { cwd: dir });
    const cache = readCacheBody(dir);
    const entries = Object.values(cache.entries) as { context?: string; hash: string }[];
    expect(entries.length).toBeGreaterThanOrEqual(7);
    expect(new Set(entries.map((e) => e.context)).size).toBe(1);
  });
});
