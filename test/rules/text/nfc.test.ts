import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'text/nfc';

const plan = (purpose: string) => `kind: plan
id: p
title: Trẻ em
issuer: { name: X }
purpose:
  aims:
    - "${purpose}"
`;

describe(RULE, () => {
  it('warns at the first decomposed letter of a string', () => {
    // "Bảo vệ trẻ em" with "ệ" and "ẻ" pasted as e + U+0323 + U+0302 and e + U+0309.
    const decomposed = `Bảo ${'vệ'.normalize('NFD')} ${'trẻ'.normalize('NFD')} em.`;
    expect(decomposed.normalize('NFC')).not.toBe(decomposed);
    // Line 7 is `    - "Bảo vệ…`: column 12 is "v"'s; "e" + two marks are columns 13 to 15.
    const found = expectFindings({ 'p.yaml': plan(decomposed) }, { errors: [{ rule: RULE, at: '7:13-7:16' }] });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toContain('Chữ "ệ" được gõ bằng dấu tách rời');
  });

  it('stays quiet on composed text', () => {
    expectFindings({ 'p.yaml': plan('Bảo vệ trẻ em.'.normalize('NFC')) });
  });
});
