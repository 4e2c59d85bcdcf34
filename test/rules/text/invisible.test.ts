import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'text/invisible';

/** A plan (its number with a zero-width space, for header/number-format) whose aims start on line 8. */
const plan = (aims: string) => `kind: plan
id: p
title: T
issuer: { name: X }
number: 45/KH\u200b-UBND
purpose:
  aims:
${aims}`;

describe(RULE, () => {
  it('reports each run of invisible characters at the characters themselves, pasted or escaped', () => {
    // The invisible characters cannot be lined up with a marker in this file: positions as \`at\`.
    const aims = [
      '    - Kế hoạch số 45/KH\u200b-UBND ngày 21/02/2024.', // line 8: U+200B pasted, column 24
      '    - "Tổ chức\\u00ADtuyên truyền\\u2060\\uFEFF rộng rãi."', // line 9: escapes, columns 15-20 and 33-44
      '    - |', // lines 10-11: a literal block, U+200C U+200D at columns 10-11
      '      Hội\u200c\u200dnghị.',
      '',
    ].join('\n');
    const found = expectFindings({ 'p.yaml': plan(aims) }, {
      rules: RULE,
      errors: [
        { rule: RULE, at: '8:24-8:25' },
        { rule: RULE, at: '9:15-9:21' },
        { rule: RULE, at: '9:33-9:45' },
        { rule: RULE, at: '11:10-11:12' },
      ],
    });
    expect(found.linted.findings.filter((d) => d.rule !== RULE).map((d) => d.rule)).toEqual(['header/number-format']);
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(found[0].message).toBe('Ký tự vô hình U+200B giữa "45/KH" và "-UBND": không thấy khi in nhưng làm sai việc tìm kiếm và đối chiếu văn bản');
    expect(found[0].hint).toBe('Xóa ký tự này (thường lẫn vào khi sao chép từ trang web hoặc PDF): đặt con trỏ ngay sau "45/KH" và xóa một lần');
    expect(found[2].message).toBe('Ký tự vô hình U+2060, U+FEFF giữa "truyền" và "": không thấy khi in nhưng làm sai việc tìm kiếm và đối chiếu văn bản');
    expect(found[3].message).toContain('U+200C, U+200D giữa "Hội" và "nghị."');
  });

  it('in English', () => {
    const found = expectFindings({ 'p.yaml': plan('    - Tổ\u00adchức.\n') }, { rules: RULE, lang: 'en', errors: [{ rule: RULE, at: '8:9-8:10' }] });
    expect(found.map((d) => d.message)).toEqual([
      'An invisible character U+00AD between "Tổ" and "chức.": it prints as nothing but breaks searching and matching the text',
    ]);
  });

  it('stays quiet on visible text, a non-breaking space and a ký hiệu (header/number-format owns it)', () => {
    expectFindings({ 'p.yaml': plan('    - Tổ chức\u00a0tuyên truyền – rộng rãi.\n') }, { rules: RULE });
  });
});
