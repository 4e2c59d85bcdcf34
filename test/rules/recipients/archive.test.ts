import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'recipients/archive';

const plan = (id: string, tail: string) => `kind: plan
id: ${id}
title: T
issuer: { name: X }
recipients:
  - Như trên
${tail}`;

describe(RULE, () => {
  it('reports a missing Lưu line at Nơi nhận, an empty one at itself', async () => {
    const dir = makeRepo({ 'a.yaml': plan('a', ''), 'b.yaml': plan('b', 'archive: ""\n') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'a.yaml', line: 5, column: 1, endLine: 5, endColumn: 11 },
      { rule: RULE, file: 'b.yaml', line: 7, column: 10, endLine: 7, endColumn: 12 },
    ]);
    expect(report.diagnostics[0].message).toBe('Kế hoạch không có dòng "Lưu:" (nơi lưu bản gốc) ở phần nơi nhận');
  });

  it('stays quiet with a Lưu line', async () => {
    const dir = makeRepo({ 'a.yaml': plan('a', 'archive: "VT, KGVX"\n') });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
