// citation/date (spec/rules.md "Citations in prose"; issue 5 "Done when": a copy of a plan citing
// "Chỉ thị số 28-CT/TW ngày 25/12/2013 của Ban Chấp hành Trung ương" gets citation/date at the
// columns of the date, in a plain, a double-quoted and a folded scalar).
import { describe, expect, test } from 'vitest';
import { expectCitations, examplesWith, PHU_YEN, smallRepo, wrongPhuYen } from './_repos.js';

const RULE = 'citation/date';

describe('citation/date', () => {
  test('bad: the Phú Yên plan citing 28-CT/TW as of 25/12/2013, in a plain, a quoted and a folded scalar', () => {
    const found = expectCitations(wrongPhuYen(), {
      rules: RULE,
      errors: [
        { rule: RULE, file: PHU_YEN, at: '40:128-40:138' }, // title: plain scalar
        { rule: RULE, file: PHU_YEN, at: '48:136-48:146' }, // intro: double-quoted scalar
        { rule: RULE, file: PHU_YEN, at: '55:7-55:17' }, // purpose.aims[1]: `>-` block, the date after a line break
      ],
    });
    expect(found.map((d) => d.severity)).toEqual(['error', 'error', 'error']);
    expect(found[0].message).toContain('Chỉ thị 28-CT/TW ban hành ngày 25/12/2023, không phải 25/12/2013');
    expect(found[0].message).toContain('chi-thi-28-ct-tw');
    expect(found[0].hint).toBe('Sửa thành "ngày 25/12/2023"');
  });

  test('ok: the Phú Yên plan as it is, with the folded aim citing the right date', () => {
    const files = examplesWith(PHU_YEN, (t) =>
      t.replace(
        /^ {4}- "Đẩy mạnh xã hội hóa.*$/m,
        '    - >-\n      Thực hiện Chỉ thị số 28-CT/TW ngày\n      25/12/2023 của Bộ Chính trị về tăng cường công tác trẻ em.',
      ),
    );
    expectCitations(files, { rules: RULE });
  });

  test('bad: "ngày d tháng m năm yyyy" broken over two lines of a literal block, issuer before the date', () => {
    const files = smallRepo(`title: Kế hoạch thực hiện Chỉ thị 28-CT/TW
intro: |
  Thực hiện Chỉ thị 28-CT/TW của Bộ Chính trị ngày 25 tháng
  12 năm 2013, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
`);
    // Lines 10-11 of plan.yaml: from "25 tháng" to "2013".
    const found = expectCitations(files, { rules: RULE, errors: [{ rule: RULE, file: 'plan.yaml', at: '10:52-11:14' }] });
    expect(found[0].message).toContain('không phải 25 tháng 12 năm 2013');
  });

  test('ok: right dates in every form; a mention without a date; a number not in the repository', () => {
    const files = smallRepo(`title: Kế hoạch thực hiện Chỉ thị số 28-CT/TW ngày 25-12-2023
intro:
  - Thực hiện Chỉ thị 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị.
  - Chỉ thị số 28-CT/TW là văn bản chỉ đạo; Chỉ thị số 99-CT/TW ngày 01/01/2001 không có trong kho.
closing: "Chỉ thị 28 - CT/TW, ngày 25/12/2023."
`);
    expectCitations(files, { rules: RULE });
  });

  test('a record dated by year only: only the year is checked', () => {
    const parentPlan = `kind: plan
id: kh-tinh
number: 5/KH-UBND
date: 2024
issuer: { name: Ủy ban nhân dân tỉnh }
title: Kế hoạch của tỉnh
`;
    expectCitations(smallRepo('title: "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2023"\n#                                            ^^^^^^^^^^ citation/date\n', { 'kh-tinh.yaml': parentPlan }), { rules: RULE });
    expectCitations(smallRepo('title: "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2024"\n', { 'kh-tinh.yaml': parentPlan }), { rules: RULE });
  });

  test('two records share a number (93/KH-UBND of two provinces): the one whose date agrees is meant', () => {
    const record = (id: string, date: string, issuer: string) => `kind: directive
id: ${id}
doc_type: Kế hoạch
number: 93/KH-UBND
date: ${date}
issuer: { name: ${issuer} }
title: Kế hoạch
`;
    const extra = {
      'a.yaml': record('kh-93-son-la', '2023-04-03', 'Ủy ban nhân dân tỉnh Sơn La'),
      'b.yaml': record('kh-93-phu-yen', '2022-05-10', 'Ủy ban nhân dân tỉnh Phú Yên'),
    };
    const rules = ['citation/date', 'citation/issuer'];
    expectCitations(smallRepo('title: Kế hoạch 93/KH-UBND ngày 10/5/2022 của Ủy ban nhân dân tỉnh Phú Yên\n', extra), { rules });
    const found = expectCitations(smallRepo('title: Kế hoạch 93/KH-UBND ngày 11/5/2022 của Ủy ban nhân dân tỉnh Phú Yên\n#                               ^^^^^^^^^ citation/date\n', extra), { rules });
    expect(found[0].message).toContain('ban hành ngày 10/05/2022, không phải 11/5/2022');
  });

  test('bad: invisible characters in the citation hide nothing; the finding is at the date\'s own columns', () => {
    // issue 11, defect 6: a zero-width space pasted inside the number, a soft hyphen inside the date.
    const kh45 = `kind: plan
id: kh-45
doc_type: Kế hoạch
number: 45/KH-UBND
date: 2024-02-20
issuer: { name: Ủy ban nhân dân tỉnh }
title: Kế hoạch năm 2024
`;
    const files = smallRepo(
      `title: Kế hoạch thực hiện Kế hoạch số 45/KH\u200b-UBND ngày 21/02/2024
intro:
  - "Thực hiện Kế hoạch số 45/KH\\u200B-UBND ngày 21/\\u00AD02/2024 của Ủy ban nhân dân tỉnh."
`,
      { 'kh-45.yaml': kh45 },
    );
    // The invisible characters cannot be lined up with a marker here. Line 8: "title: Kế hoạch thực hiện
    // Kế hoạch số 45/KH" is 43 columns, U+200B the 44th, "-UBND ngày " up to 55. Line 10: the escapes
    // \u200B and \u00AD take 6 columns each; the date spans the second.
    const found = expectCitations(files, {
      rules: RULE,
      errors: [
        { rule: RULE, file: 'plan.yaml', at: '8:56-8:66' },
        { rule: RULE, file: 'plan.yaml', at: '10:50-10:66' },
      ],
    });
    expect(found.map((d) => d.message)).toEqual([
      'Kế hoạch 45/KH-UBND ban hành ngày 20/02/2024, không phải 21/02/2024 (theo hồ sơ "kh-45")',
      'Kế hoạch 45/KH-UBND ban hành ngày 20/02/2024, không phải 21/02/2024 (theo hồ sơ "kh-45")',
    ]);
  });
});
