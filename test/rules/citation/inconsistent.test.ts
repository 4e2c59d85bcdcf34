// citation/inconsistent (spec/rules.md "Citations in prose"): a document that is not in the
// repository, cited with two different dates or issuers in one plan; reported on the later
// citation, with the hint naming the line of the first.
import { describe, expect, test } from 'vitest';
import { expectCitations, smallRepo } from './_repos.js';

const RULE = 'citation/inconsistent';

describe('citation/inconsistent', () => {
  test('bad: Thông tư 13/2021/TT-BLĐTBXH (not in the repository) with two dates and two issuers', () => {
    // The first citation is on line 10 of plan.yaml (the body starts on line 8).
    const files = smallRepo(`title: Kế hoạch công tác trẻ em
basis:
  - text: Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021 của Bộ Lao động - Thương binh và Xã hội
intro: Căn cứ Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2020 của Bộ Lao động - Thương binh và Xã hội.
#                                                 ^^^^^^^^^ citation/inconsistent
closing:
  - Theo Thông tư 13/2021/TT-BLĐTBXH của Bộ Y tế.
#                                        ^^^^^^^ citation/inconsistent
`);
    const [date, issuer] = expectCitations(files, { rules: RULE });
    expect(date.message).toContain('Thông tư 13/2021/TT-BLĐTBXH được ghi ngày 30/9/2020 ở đây nhưng ngày 30/9/2021 ở dòng 10');
    expect(date.hint).toContain('dòng 10');
    expect(issuer.message).toContain('của Bộ Y tế ở đây nhưng của Bộ Lao động - Thương binh và Xã hội ở dòng 10');
  });

  test('ok: one date in two forms, one issuer with and without the words after it, distinct documents', () => {
    // The 2013 date of 28-CT/TW (a record of the repository) is citation/date's, not this rule's.
    const files = smallRepo(`title: Kế hoạch công tác trẻ em
basis:
  - text: Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021 của Bộ Lao động - Thương binh và Xã hội ban hành Bộ chỉ tiêu thống kê
intro: Căn cứ Thông tư 13 / 2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021 của Bộ Lao động - Thương binh và Xã hội.
closing:
  - Thông tư số 13/2021/TT-BLĐTBXH; Thông tư số 14/2021/TT-BLĐTBXH ngày 01/10/2021 của Bộ Y tế.
  - Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị; Chỉ thị số 28-CT/TW ngày 25/12/2013.
#                                                                                  ^^^^^^^^^^ citation/date
`);
    expectCitations(files, { rules: [RULE, 'citation/date'] });
  });
});
