import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'recipients/archive';

const plan = (id: string, tail: string) => `kind: plan
id: ${id}
title: T
issuer: { name: X }
recipients:
  - Như trên
${tail}`;

describe(RULE, () => {
  it('reports a missing Lưu line at Nơi nhận, an empty one at itself', () => {
    const found = expectFindings(
      { 'a.yaml': plan('a', ''), 'b.yaml': plan('b', 'archive: ""\n#        ^^ recipients/archive\n') },
      { rules: RULE, errors: [{ rule: RULE, file: 'a.yaml', at: '5:1-5:11' }] },
    );
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Kế hoạch không có dòng "Lưu:" (nơi lưu bản gốc) ở phần nơi nhận');
  });

  it('stays quiet with a Lưu line', () => {
    expectFindings({ 'a.yaml': plan('a', 'archive: "VT, KGVX"\n') });
  });
});
