import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'header/signing';

const plan = (id: string, signing: string) => `kind: plan
id: ${id}
title: T
issuer: { name: X }
archive: VT
signing:
${signing}
`;

describe(RULE, () => {
  it('reports KT. by a head and TM. without a body', async () => {
    const dir = makeRepo({
      'a.yaml': plan('a', '  authority: KT\n  head: Chủ tịch\n  position: Chủ tịch'),
      'b.yaml': plan('b', '  authority: TM\n  position: Chủ tịch'),
    });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'a.yaml', line: 9, column: 13, endLine: 9, endColumn: 21 },
      { rule: RULE, file: 'b.yaml', line: 7, column: 14, endLine: 7, endColumn: 16 },
    ]);
    expect(report.diagnostics[0].message).toBe('Ký thay (KT.) phải là cấp phó của người đứng đầu, nhưng chức vụ người ký là "Chủ tịch"');
    expect(report.diagnostics[1].message).toContain('Thay mặt (TM.) phải ghi tập thể');
  });

  it('accepts KT. by a deputy, TM. with a body, and the head signing', async () => {
    const dir = makeRepo({
      'a.yaml': plan('a', '  authority: KT\n  head: Chủ tịch\n  position: Phó Chủ tịch Thường trực'),
      'b.yaml': plan('b', '  authority: TM\n  body: Ban Thường vụ\n  position: Phó Chủ tịch'),
      'c.yaml': plan('c', '  authority: null\n  position: Chủ tịch'),
    });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});

describe(`${RULE} in a Party plan (Hướng dẫn 36-HD/VPTW)`, () => {
  it('speaks of K/T and T/M, the way a Party document writes them, and accepts T/M … PHÓ BÍ THƯ', async () => {
    const party = (id: string, signing: string) => plan(id, signing).replace('kind: plan\n', 'kind: plan\nformat: party\n');
    const dir = makeRepo({
      'a.yaml': party('a', '  authority: KT\n  head: Bí thư\n  position: Ủy viên Ban Thường vụ'),
      'b.yaml': party('b', '  authority: TM\n  position: Bí thư'),
      'c.yaml': party('c', '  authority: TM\n  body: Ban Thường vụ\n  position: Phó Bí thư'),
    });
    const { report } = await validateJson(dir);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([
      ['a.yaml', 10, 13],
      ['b.yaml', 8, 14],
    ]);
    expect(found[0].message).toBe('Ký thay (K/T) phải là cấp phó của người đứng đầu, nhưng chức vụ người ký là "Ủy viên Ban Thường vụ"');
    expect(found[1].message).toBe('Thay mặt (T/M) phải ghi tập thể được thay mặt ("body", ví dụ "Ủy ban nhân dân")');
  });
});
