import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AGENCIES, ROOT } from '../../documents.js';
import { expectFindings, lintTexts, readFolder } from '../../rule-tester.js';

const RULE = 'indicator/multiple-leads';

describe(RULE, () => {
  it('warns at the lead list', () => {
    const plan = `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: N
      items:
        - { id: "6", text: A, lead: [syt, sldtbxh] }
#                                   ^^^^^^^^^^^^^^ indicator/multiple-leads
`;
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan }, { rules: RULE });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Chỉ tiêu 6 có 2 cơ quan chủ trì (syt, sldtbxh): không ai chịu trách nhiệm chính');
  });

  it('on the Sơn La plan as published: exactly the indicators that name several leads', () => {
    const files = readFolder(join(ROOT, 'test/fixtures/seeds/son-la-as-published'));
    const text = files['plan.yaml'];
    // Built from the YAML: every indicator whose lead is a list of more than one agency.
    const model = parse(text) as { indicators: { groups: { items: { id: string; lead: unknown }[] }[] } };
    const expectedIds = model.indicators.groups.flatMap((g) => g.items).filter((i) => Array.isArray(i.lead) && i.lead.length > 1).map((i) => i.id);
    expect(expectedIds).toEqual(['6', '9', '17', '18', '19', '20']);
    const expectedLines = text.split('\n').flatMap((l, i) => (l.includes('# expect: indicator/multiple-leads') ? [i + 1] : []));
    const found = lintTexts(files).findings.filter((d) => d.rule === RULE);
    expect(found.map((d) => Number(d.at.split(':')[0]))).toEqual(expectedLines);
    expect(found.map((d) => /Chỉ tiêu (\d+)/.exec(d.message)![1])).toEqual(expectedIds);
  });

  it('stays quiet on the corrected example', () => {
    expect(lintTexts(readFolder(join(ROOT, 'examples'))).findings.filter((d) => d.rule === RULE)).toEqual([]);
  });
});
