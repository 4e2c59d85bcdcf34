// The layout rules keep the project's rule contract (as test/rules/registry.test.ts does for the
// YAML rules): every file registered with its path as its id, messages in both languages, a
// test file, a row in docs/rules.md with the same default severity, and a config key accepted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { layoutRuleIds } from '../../src/check/rules/ids.js';
import { layoutRules } from '../../src/check/rules/index.js';
import { ROOT, makeRepo, runCli } from '../helpers.js';

const DIR = join(ROOT, 'src/check/rules/layout');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => `layout/${f.slice(0, -3)}`).sort();

describe('layout rules', () => {
  test('every file is registered, sorted, its path its id', async () => {
    expect(layoutRules.map((r) => r.id)).toEqual(files);
    // The config of validate and render knows the layout rules by this list alone.
    expect(layoutRuleIds).toEqual(files);
    for (const id of files) expect(((await import(pathToFileURL(join(ROOT, 'src/check/rules', `${id}.ts`)).href)) as { default: unknown }).default).toBe(layoutRules.find((r) => r.id === id));
  });

  test.each(files)('%s: vi and en texts, a test file, a docs/rules.md row with its severity', (id) => {
    const rule = layoutRules.find((r) => r.id === id)!;
    for (const text of [rule.description, ...Object.values(rule.messages as Record<string, { vi: string; en: string }>)]) {
      expect(text.vi.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(existsSync(join(ROOT, 'test/check/rules', `${id}.test.ts`))).toBe(true);
    const row = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8').split('\n').find((l) => l.startsWith(`| <a id="${id}"></a>\`${id}\` |`));
    expect(row?.split('|')[2].trim()).toBe(rule.severity); // the row starts with its anchor: the documentation links point there
  });

  test('kehoach.config.yaml can turn a layout rule off (no unknown-key finding), and check obeys', async () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/check/ld-kh-pcmt-2030.docx'));
    const dir = makeRepo({ 'kehoach.config.yaml': 'rules:\n  layout/margins: off\n  layout/noi-nhan: error\n', 'van-ban.docx': bytes });
    const run = await runCli(['check', 'van-ban.docx', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(run.stdout) as { diagnostics: { rule: string; severity: string }[] };
    // The layout findings as configured; the content ones (nine indicators without a lead) as they are.
    expect(out.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual([...Array<string>(9).fill('indicator/no-lead error'), 'layout/noi-nhan error']);
    expect(run.code).toBe(1);
  });
});
