// Every finding names where its rule is documented (spec/editor.md): the stylish summary points
// at docs/rules.md, JSON has `docs` per diagnostic, SARIF `helpUri` per rule; each link's
// anchor exists in docs/rules.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, ROOT, runCli, RULES_DOCS } from '../helpers.js';

const DOCS = RULES_DOCS;
/** A plan with one finding (text/whitespace, info), and the same plan clean. */
const plan = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\npurpose:\n  aims:\n    - "Hai  cách."\n';
const cleanPlan = plan.replace('Hai  cách', 'Một cách');

describe('documentation links', () => {
  it('stylish: the line after the summary points at docs/rules.md, in the chosen language', async () => {
    const dir = makeRepo({ 'p.yaml': plan });
    const vi = await runCli(['validate', '.'], { cwd: dir });
    expect(vi.stdout.split('\n').slice(-3)).toEqual(['✖ 1 vấn đề (0 lỗi, 0 cảnh báo, 1 thông tin)', `Giải thích từng quy tắc: ${DOCS}`, '']);
    const en = await runCli(['validate', '--lang', 'en', '.'], { cwd: dir });
    expect(en.stdout.split('\n').slice(-3)).toEqual(['✖ 1 problem (0 errors, 0 warnings, 1 info)', `What each rule means: ${DOCS}`, '']);
  });

  it('stylish: a clean run prints no link', async () => {
    const dir = makeRepo({ 'p.yaml': cleanPlan });
    expect((await runCli(['validate', '.'], { cwd: dir })).stdout).toBe('✔ 1 văn bản, không có vấn đề nào\n');
  });

  it('json: `docs` per diagnostic; sarif: `helpUri` per rule, each an anchor of docs/rules.md', async () => {
    const dir = makeRepo({ 'p.yaml': plan });
    const json = JSON.parse((await runCli(['validate', '--format', 'json', '.'], { cwd: dir })).stdout) as { diagnostics: { docs: string }[] };
    expect(json.diagnostics.map((d) => d.docs)).toEqual([`${DOCS}#text/whitespace`]);
    const sarif = JSON.parse((await runCli(['validate', '--format', 'sarif', '.'], { cwd: dir })).stdout) as { runs: { tool: { driver: { rules: { helpUri: string }[] } } }[] };
    const markdown = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const uris = sarif.runs[0].tool.driver.rules.map((r) => r.helpUri);
    expect(uris.length).toBeGreaterThan(40);
    for (const uri of uris) {
      expect(uri.startsWith(`${DOCS}#`)).toBe(true);
      expect(markdown).toContain(`<a id="${uri.slice(DOCS.length + 1)}"></a>`);
    }
  });
});
