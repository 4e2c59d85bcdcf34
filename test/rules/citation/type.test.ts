// citation/type (spec/rules.md "Citations in prose"): the cited type of document compared with
// the record's doc_type, ignoring case.
import { describe, expect, test } from 'vitest';
import { expectCitations, smallRepo } from './_repos.js';

const RULE = 'citation/type';

describe('citation/type', () => {
  test('bad: a Chỉ thị cited as a Kế hoạch, a Chương trình hành động as a Chương trình', () => {
    const files = smallRepo(
      `title: Thực hiện Kế hoạch số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị
#                ^^^^^^^^ citation/type
closing: >-
  Theo Chương trình số 36-CTr/TU và Nghị quyết
#      ^^^^^^^^^^^^ citation/type
#                                   ^^^^^^^^^^ citation/type
  28-CT/TW.
`,
      {
        'ctrhd-36.yaml': `kind: directive
id: ctrhd-36
doc_type: Chương trình hành động
number: 36-CTr/TU
date: 2024-02-29
issuer: { name: Ban Thường vụ Tỉnh ủy Phú Yên }
title: Thực hiện Chỉ thị 28-CT/TW
`,
      },
    );
    const found = expectCitations(files, { rules: RULE });
    expect(found[0].message).toContain('Văn bản số 28-CT/TW là Chỉ thị, không phải Kế hoạch');
    expect(found[0].hint).toBe('Sửa thành "Chỉ thị số 28-CT/TW"');
    expect(found[1].message).toContain('là Chương trình hành động, không phải Chương trình');
  });

  test('ok: the right type, in any case', () => {
    const files = smallRepo(`title: Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị
closing: theo chỉ thị 28-CT/TW và CHỈ THỊ 28-CT/TW.
`);
    expectCitations(files, { rules: RULE });
  });
});
