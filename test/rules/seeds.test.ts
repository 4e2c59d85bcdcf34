// The as-published copies of the seeds carry `# expect: <rule id>` comments on the lines where
// the published text has a mistake (notes/architecture.md, "Testing conventions", after
// markdownlint's `{MD018}` markers). The findings of `validate` on such a folder, as (file,
// line, rule), must be exactly the markers: a missing finding is a rule that fails to catch a
// real mistake, an extra one a false positive on real text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type JsonReport } from '../helpers.js';

const SEEDS = join(ROOT, 'test/fixtures/seeds');

function markers(folder: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(join(SEEDS, folder)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    readFileSync(join(SEEDS, folder, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/#\s*expect:\s*([a-z]+\/[a-z0-9-]+)/g)) found.push(`test/fixtures/seeds/${folder}/${file}:${i + 1} ${m[1]}`);
      });
  }
  return found.sort();
}

describe.each(readdirSync(SEEDS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))('seed copy %s', (folder) => {
  it('gets exactly the findings its # expect: markers name', async () => {
    const expected = markers(folder);
    expect(expected.length).toBeGreaterThan(0);
    const r = await runCli(['validate', '--format', 'json', `test/fixtures/seeds/${folder}`]);
    const report = JSON.parse(r.stdout) as JsonReport;
    const found = report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`).sort();
    expect(found).toEqual(expected);
  });
});
