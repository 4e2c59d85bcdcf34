import { describe, expect, it } from 'vitest';
import { AGENCIES, DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const PLAN = `kind: plan
id: p
title: Kế hoạch thử
issuer: { name: Ủy ban nhân dân tỉnh }
parent: ct-28
tasks:
  items:
    - id: "1"
      title: Lãnh đạo
      implement: ["1", "2"]
`;

describe('schema/unknown-key', () => {
  it('points at the misspelt key with the nearest valid key as the hint', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': PLAN });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'schema/unknown-key')).toEqual([{ rule: 'schema/unknown-key', file: 'p.yaml', line: 10, column: 7, endLine: 10, endColumn: 16 }]);
    const d = report.diagnostics.find((x) => x.rule === 'schema/unknown-key')!;
    expect(d.message).toBe('Khóa "implement" không có trong định dạng');
    expect(d.hint).toBe('Có phải ý bạn là "implements"?');
  });

  it('catches `indicator:` written for `indicators:` so content never vanishes', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\nindicator:\n  groups: []\n' });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/unknown-key')).toEqual([{ rule: 'schema/unknown-key', file: 'p.yaml', line: 5, column: 1, endLine: 5, endColumn: 10 }]);
    expect(report.diagnostics[0].hint).toBe('Có phải ý bạn là "indicators"?');
  });

  it('stays quiet when every key is known', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': PLAN.replace('implement:', 'implements:') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/unknown-key')).toEqual([]);
  });
});
