import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'header/signing';

/** `signing` from line 7 (line 8 in a Party plan, whose \`format: party\` is line 2). */
const plan = (id: string, signing: string, format = '') => `kind: plan
${format}id: ${id}
title: T
issuer: { name: X }
archive: VT
signing:
${signing}
`;

describe(RULE, () => {
  it('reports KT. by a head and TM. without a body', () => {
    const found = expectFindings({
      'a.yaml': plan('a', `  authority: KT
  head: Chủ tịch
  position: Chủ tịch
#           ^^^^^^^^ header/signing`),
      'b.yaml': plan('b', `  authority: TM
#            ^^ header/signing
  position: Chủ tịch`),
    });
    expect(found.linted.summary.errors).toBe(2);
    expect(found[0].message).toBe('Ký thay (KT.) phải là cấp phó của người đứng đầu, nhưng chức vụ người ký là "Chủ tịch"');
    expect(found[1].message).toContain('Thay mặt (TM.) phải ghi tập thể');
  });

  it('accepts KT. by a deputy, TM. with a body, and the head signing', () => {
    expectFindings({
      'a.yaml': plan('a', '  authority: KT\n  head: Chủ tịch\n  position: Phó Chủ tịch Thường trực'),
      'b.yaml': plan('b', '  authority: TM\n  body: Ban Thường vụ\n  position: Phó Chủ tịch'),
      'c.yaml': plan('c', '  authority: null\n  position: Chủ tịch'),
    });
  });
});

describe(`${RULE} in a Party plan (Hướng dẫn 36-HD/VPTW)`, () => {
  it('speaks of K/T and T/M, the way a Party document writes them, and accepts T/M … PHÓ BÍ THƯ', () => {
    const party = 'format: party\n';
    const found = expectFindings({
      'a.yaml': plan('a', `  authority: KT
  head: Bí thư
  position: Ủy viên Ban Thường vụ
#           ^^^^^^^^^^^^^^^^^^^^^ header/signing`, party),
      'b.yaml': plan('b', `  authority: TM
#            ^^ header/signing
  position: Bí thư`, party),
      'c.yaml': plan('c', '  authority: TM\n  body: Ban Thường vụ\n  position: Phó Bí thư', party),
    }, { rules: RULE });
    expect(found[0].message).toBe('Ký thay (K/T) phải là cấp phó của người đứng đầu, nhưng chức vụ người ký là "Ủy viên Ban Thường vụ"');
    expect(found[1].message).toBe('Thay mặt (T/M) phải ghi tập thể được thay mặt ("body", ví dụ "Ủy ban nhân dân")');
  });
});
