import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

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
  it('warns at the first decomposed letter of a string', async () => {
    // "Bảo vệ trẻ em" with "ệ" and "ẻ" pasted as e + U+0323 + U+0302 and e + U+0309.
    const decomposed = `Bảo ${'vệ'.normalize('NFD')} ${'trẻ'.normalize('NFD')} em.`;
    expect(decomposed.normalize('NFC')).not.toBe(decomposed);
    const dir = makeRepo({ 'p.yaml': plan(decomposed) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    // Column 12 is "v"'s; "e" + two marks are columns 13 to 15.
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 7, column: 13, endLine: 7, endColumn: 16 }]);
    expect(report.diagnostics[0].message).toContain('Chữ "ệ" được gõ bằng dấu tách rời');
  });

  it('stays quiet on composed text', async () => {
    const dir = makeRepo({ 'p.yaml': plan('Bảo vệ trẻ em.'.normalize('NFC')) });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});
