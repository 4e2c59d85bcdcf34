// citation/issuer (spec/rules.md "Citations in prose"): the governing body named instead of the
// issuer ("Ban Chấp hành Trung ương" for a Bộ Chính trị directive) is a finding whose hint gives
// the right issuer; every name the record or the agencies registry gives the same body is right.
import { describe, expect, test } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectCitations, PHU_YEN, smallRepo, wrongPhuYen } from './_repos.js';

const RULE = 'citation/issuer';
const CTRHD_36 = `kind: directive
id: ctrhd-36
doc_type: Chương trình hành động
number: 36-CTr/TU
date: 2024-02-29
issuer:
  name: Ban Thường vụ Tỉnh ủy Phú Yên
  aliases: [Tỉnh ủy Phú Yên, Ban Thường vụ Tỉnh ủy]
title: Thực hiện Chỉ thị 28-CT/TW
`;

describe('citation/issuer', () => {
  test('bad: the Phú Yên plan citing 28-CT/TW as of the Ban Chấp hành Trung ương, in a plain, a quoted and a folded scalar', () => {
    const [first] = expectCitations(wrongPhuYen(), {
      rules: RULE,
      errors: [
        { rule: RULE, file: PHU_YEN, at: '40:143-40:167' }, // title: plain scalar
        { rule: RULE, file: PHU_YEN, at: '48:151-48:175' }, // intro: double-quoted scalar
        { rule: RULE, file: PHU_YEN, at: '55:22-56:17' }, // purpose.aims[1]: `>-` block, "Ban Chấp hành / Trung ương" across the line break
      ],
    });
    expect(first?.severity).toBe('warning');
    expect(first?.message).toContain('Chỉ thị 28-CT/TW do Bộ Chính trị ban hành, không phải Ban Chấp hành Trung ương');
    expect(first?.hint).toBe('Sửa thành "của Bộ Chính trị"');
  });

  test('bad: an issuer the repository does not know, up to the end of the phrase', () => {
    const found = expectCitations(smallRepo(`title: Kế hoạch thực hiện Chỉ thị 28-CT/TW
intro:
  - Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Quốc hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
#                                                     ^^^^^^^^ citation/issuer
  - Chỉ thị số 28-CT/TW của Ban Bí thư
#                           ^^^^^^^^^^ citation/issuer
`), { rules: RULE });
    expect(found[0].message).toContain('do Bộ Chính trị ban hành, không phải Quốc hội');
  });

  test('ok: case, a phrase that runs on, the registry\'s short name and aliases, old tone placement ("uỷ")', () => {
    const agencies = `${AGENCIES}  bct: { name: Bộ Chính trị, short: BCT, aliases: [Bộ Chính trị khóa XIII], type: party }
  tinh-uy: { name: Tỉnh ủy Phú Yên, aliases: [Tỉnh ủy], type: party }
`;
    const files = smallRepo(
      `title: Kế hoạch thực hiện Chỉ thị 28-CT/TW ngày 25/12/2023 của bộ chính trị về công tác trẻ em
intro:
  - Chỉ thị số 28-CT/TW của Bộ Chính trị và tổng hợp kết quả, báo cáo theo quy định.
  - Chỉ thị số 28-CT/TW của BCT; Chỉ thị số 28-CT/TW của Bộ Chính trị khóa XIII.
  - Chương trình hành động số 36-CTr/TU, ngày 29/02/2024 của Ban Thường vụ Tỉnh uỷ Phú Yên đến các cấp công đoàn.
  - Chương trình hành động số 36-CTr/TU ngày 29/2/2024 của Tỉnh ủy Phú Yên về thực hiện Chỉ thị số 28-CT/TW.
  - Chương trình hành động số 36 - CTr/TU của Ban Thường vụ Tỉnh ủy; Chương trình hành động 36-CTr/TU của Tỉnh ủy.
`,
      { 'agencies.yaml': agencies, 'ctrhd-36.yaml': CTRHD_36 },
    );
    expectCitations(files, { rules: RULE });
  });

  test('bad: the longest known name decides ("Ban Thường vụ Tỉnh ủy Khánh Hòa" is another body)', () => {
    const agencies = `${AGENCIES}  btv-kh: { name: Ban Thường vụ Tỉnh ủy Khánh Hòa, type: party }
`;
    const files = smallRepo('title: Thực hiện Chương trình hành động số 36-CTr/TU của Ban Thường vụ Tỉnh ủy Khánh Hòa\n#                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ citation/issuer\n', {
      'agencies.yaml': agencies,
      'ctrhd-36.yaml': CTRHD_36,
    });
    const found = expectCitations(files, { rules: RULE });
    expect(found[0].hint).toBe('Sửa thành "của Ban Thường vụ Tỉnh ủy Phú Yên"');
  });

  test('ok: a name with an abbreviation ("TP."), cited after the date, before a full stop', () => {
    const record = `kind: directive
id: qd-12
doc_type: Quyết định
number: 12/QĐ-UBND
date: 2024-01-02
issuer: { name: Ủy ban nhân dân TP. Hồ Chí Minh }
title: Quyết định
`;
    const files = smallRepo('title: Thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân TP. Hồ Chí Minh. Các sở\n', {
      'qd-12.yaml': record,
    });
    expectCitations(files, { rules: ['citation/issuer', 'citation/date', 'citation/type'] });
  });
});
