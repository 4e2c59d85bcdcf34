// import.md's acceptance test of the reader: for every example plan, render → import → render
// gives byte-identical DOCX, and the imported YAML validates with the same findings as the
// original — every one of them.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const EXAMPLES = join(ROOT, 'examples');
const PLANS = readdirSync(join(EXAMPLES, 'plans')).filter((f) => f.endsWith('.yaml'));


const work = mkdtempSync(join(tmpdir(), 'kehoach-import-rt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** rule and message of each finding on `file` (positions differ: the imported YAML is laid out anew). */
async function findings(repo: string, file: string): Promise<string[]> {
  const r = await runCli(['validate', '--format', 'json', '--repo', repo, join(repo, 'plans', file)], { cwd: repo });
  const report = JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string }[] };
  return report.diagnostics.map((d) => `${d.rule}: ${d.message}`).sort();
}

async function roundTrip(file: string): Promise<{ same: boolean; before: string[]; after: string[] }> {
  const dir = join(work, file);
  const repo = join(dir, 'repo');
  cpSync(EXAMPLES, repo, { recursive: true });
  const first = join(dir, 'first.docx');
  const second = join(dir, 'second.docx');
  const imported = join(dir, 'imported.yaml');
  const render1 = await runCli(['render', join(repo, 'plans', file), '--repo', repo, '-o', first]);
  expect(render1.code, render1.stderr).toBe(0);
  const before = await findings(repo, file);
  const imp = await runCli(['import', first, '--repo', repo, '-o', imported]);
  expect(imp.code, imp.stderr).toBe(0);
  writeFileSync(join(repo, 'plans', file), readFileSync(imported));
  const render2 = await runCli(['render', join(repo, 'plans', file), '--repo', repo, '-o', second]);
  const after = await findings(repo, file);
  // A plan whose import still has errors is not rendered (exit 1): not identical.
  return { same: render2.code === 0 && readFileSync(first).equals(readFileSync(second)), before, after };
}

describe('render → import → render', () => {
  for (const file of PLANS) {
    it(`${file}: byte-identical, same findings`, async () => {
      const { same, before, after } = await roundTrip(file);
      expect(same).toBe(true);
      expect(after).toEqual(before);
    }, 120_000);
  }
});
