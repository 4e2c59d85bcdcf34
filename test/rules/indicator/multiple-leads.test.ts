import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AGENCIES, ROOT, makeRepo, pick, runCli, validateJson } from '../../helpers.js';

describe('indicator/multiple-leads', () => {
  it('warns at the lead list', async () => {
    const plan = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\nindicators:\n  groups:\n    - id: a\n      title: N\n      items:\n        - { id: "6", text: A, lead: [syt, sldtbxh] }\n';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, 'indicator/multiple-leads')).toEqual([
      { rule: 'indicator/multiple-leads', file: 'p.yaml', line: 10, column: 37, endLine: 10, endColumn: 51 },
    ]);
    expect(report.diagnostics[0].message).toBe('Chỉ tiêu 6 có 2 cơ quan chủ trì (syt, sldtbxh): không ai chịu trách nhiệm chính');
  });

  it('on the Sơn La plan as published: exactly the indicators that name several leads', async () => {
    const dir = join(ROOT, 'test/fixtures/seeds/son-la-as-published');
    const text = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    // Built from the YAML: every indicator whose lead is a list of more than one agency.
    const model = parse(text) as { indicators: { groups: { items: { id: string; lead: unknown }[] }[] } };
    const expectedIds = model.indicators.groups.flatMap((g) => g.items).filter((i) => Array.isArray(i.lead) && i.lead.length > 1).map((i) => i.id);
    expect(expectedIds).toEqual(['6', '9', '17', '18', '19', '20']);
    const lines = text.split('\n');
    const expectedLines = lines.flatMap((l, i) => (l.includes('# expect: indicator/multiple-leads') ? [i + 1] : []));
    const r = await runCli(['validate', '--format', 'json', 'test/fixtures/seeds/son-la-as-published']);
    const found = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'indicator/multiple-leads');
    expect(found.map((d: { line: number }) => d.line)).toEqual(expectedLines);
    expect(found.map((d: { message: string }) => /Chỉ tiêu (\d+)/.exec(d.message)![1])).toEqual(expectedIds);
  });

  it('stays quiet on the corrected example', async () => {
    const r = await runCli(['validate', '--format', 'json', 'examples']);
    expect(JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'indicator/multiple-leads')).toEqual([]);
  });
});
