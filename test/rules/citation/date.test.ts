// citation/date (spec/rules.md "Citations in prose"; issue 5 "Done when": a copy of a plan citing
// "Chỉ thị số 28-CT/TW ngày 25/12/2013 của Ban Chấp hành Trung ương" gets citation/date at the
// columns of the date, in a plain, a double-quoted and a folded scalar).
import { describe, expect, test } from 'vitest';
import { pick } from '../../helpers.js';
import { examplesWith, PHU_YEN, smallRepo, validateJson, wrongPhuYen } from './_repos.js';

const RULE = 'citation/date';
const at = (line: number, column: number, endLine: number, endColumn: number, file = 'plan.yaml') => ({
  rule: RULE,
  file,
  line,
  column,
  endLine,
  endColumn,
});

describe('citation/date', () => {
  test('bad: the Phú Yên plan citing 28-CT/TW as of 25/12/2013, in a plain, a quoted and a folded scalar', async () => {
    const { report } = await validateJson(wrongPhuYen());
    expect(pick(report, RULE)).toEqual([
      at(40, 128, 40, 138, PHU_YEN), // title: plain scalar
      at(48, 136, 48, 146, PHU_YEN), // intro: double-quoted scalar
      at(55, 7, 55, 17, PHU_YEN), // purpose.aims[1]: `>-` block, the date after a line break
    ]);
    const messages = report.diagnostics.filter((d) => d.rule === RULE);
    expect(messages.map((d) => d.severity)).toEqual(['error', 'error', 'error']);
    expect(messages[0].message).toContain('Chỉ thị 28-CT/TW ban hành ngày 25/12/2023, không phải 25/12/2013');
    expect(messages[0].message).toContain('chi-thi-28-ct-tw');
    expect(messages[0].hint).toBe('Sửa thành "ngày 25/12/2023"');
  });

  test('ok: the Phú Yên plan as it is, with the folded aim citing the right date', async () => {
    const dir = examplesWith(PHU_YEN, (t) =>
      t.replace(
        /^ {4}- "Đẩy mạnh xã hội hóa.*$/m,
        '    - >-\n      Thực hiện Chỉ thị số 28-CT/TW ngày\n      25/12/2023 của Bộ Chính trị về tăng cường công tác trẻ em.',
      ),
    );
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([]);
  });

  test('bad: "ngày d tháng m năm yyyy" broken over two lines of a literal block, issuer before the date', async () => {
    const dir = smallRepo(`title: Kế hoạch thực hiện Chỉ thị 28-CT/TW
intro: |
  Thực hiện Chỉ thị 28-CT/TW của Bộ Chính trị ngày 25 tháng
  12 năm 2013, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
`);
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([at(10, 52, 11, 14)]);
    expect(report.diagnostics.find((d) => d.rule === RULE)?.message).toContain('không phải 25 tháng 12 năm 2013');
  });

  test('ok: right dates in every form; a mention without a date; a number not in the repository', async () => {
    const dir = smallRepo(`title: Kế hoạch thực hiện Chỉ thị số 28-CT/TW ngày 25-12-2023
intro:
  - Thực hiện Chỉ thị 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị.
  - Chỉ thị số 28-CT/TW là văn bản chỉ đạo; Chỉ thị số 99-CT/TW ngày 01/01/2001 không có trong kho.
closing: "Chỉ thị 28 - CT/TW, ngày 25/12/2023."
`);
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([]);
  });

  test('a record dated by year only: only the year is checked', async () => {
    const parentPlan = `kind: plan
id: kh-tinh
number: 5/KH-UBND
date: 2024
issuer: { name: Ủy ban nhân dân tỉnh }
title: Kế hoạch của tỉnh
`;
    const bad = smallRepo('title: "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2023"\n', { 'kh-tinh.yaml': parentPlan });
    expect(pick((await validateJson(bad)).report, RULE)).toEqual([at(8, 46, 8, 56)]);
    const ok = smallRepo('title: "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2024"\n', { 'kh-tinh.yaml': parentPlan });
    expect(pick((await validateJson(ok)).report, RULE)).toEqual([]);
  });

  test('two records share a number (93/KH-UBND of two provinces): the one whose date agrees is meant', async () => {
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
    const ok = smallRepo('title: Kế hoạch 93/KH-UBND ngày 10/5/2022 của Ủy ban nhân dân tỉnh Phú Yên\n', extra);
    expect(pick((await validateJson(ok)).report, ['citation/date', 'citation/issuer'])).toEqual([]);
    const bad = smallRepo('title: Kế hoạch 93/KH-UBND ngày 11/5/2022 của Ủy ban nhân dân tỉnh Phú Yên\n', extra);
    const { report } = await validateJson(bad);
    expect(pick(report, ['citation/date', 'citation/issuer'])).toEqual([at(8, 33, 8, 42)]);
    expect(report.diagnostics.find((d) => d.rule === RULE)?.message).toContain('ban hành ngày 10/05/2022, không phải 11/5/2022');
  });

  test('bad: invisible characters in the citation hide nothing; the finding is at the date\'s own columns', async () => {
    // issue 11, defect 6: a zero-width space pasted inside the number, a soft hyphen inside the date.
    const kh45 = `kind: plan
id: kh-45
doc_type: Kế hoạch
number: 45/KH-UBND
date: 2024-02-20
issuer: { name: Ủy ban nhân dân tỉnh }
title: Kế hoạch năm 2024
`;
    const dir = smallRepo(
      `title: Kế hoạch thực hiện Kế hoạch số 45/KH\u200b-UBND ngày 21/02/2024
intro:
  - "Thực hiện Kế hoạch số 45/KH\\u200B-UBND ngày 21/\\u00AD02/2024 của Ủy ban nhân dân tỉnh."
`,
      { 'kh-45.yaml': kh45 },
    );
    const { report } = await validateJson(dir);
    // Line 8: "title: Kế hoạch thực hiện Kế hoạch số 45/KH" is 43 columns, U+200B the 44th, "-UBND ngày " up to 55.
    // Line 10: the escapes \u200B and \u00AD take 6 columns each; the date spans the second.
    expect(pick(report, RULE)).toEqual([at(8, 56, 8, 66), at(10, 50, 10, 66)]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found.map((d) => d.message)).toEqual([
      'Kế hoạch 45/KH-UBND ban hành ngày 20/02/2024, không phải 21/02/2024 (theo hồ sơ "kh-45")',
      'Kế hoạch 45/KH-UBND ban hành ngày 20/02/2024, không phải 21/02/2024 (theo hồ sơ "kh-45")',
    ]);
  });
});
