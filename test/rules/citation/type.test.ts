// citation/type (spec/rules.md "Citations in prose"): the cited type of document compared with
// the record's doc_type, ignoring case.
import { describe, expect, test } from 'vitest';
import { pick } from '../../helpers.js';
import { smallRepo, validateJson } from './_repos.js';

const RULE = 'citation/type';
const at = (line: number, column: number, endLine: number, endColumn: number) => ({
  rule: RULE,
  file: 'plan.yaml',
  line,
  column,
  endLine,
  endColumn,
});

describe('citation/type', () => {
  test('bad: a Chỉ thị cited as a Kế hoạch, a Chương trình hành động as a Chương trình', async () => {
    const dir = smallRepo(
      `title: Thực hiện Kế hoạch số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị
closing: >-
  Theo Chương trình số 36-CTr/TU và Nghị quyết
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
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([at(8, 18, 8, 26), at(10, 8, 10, 20), at(10, 37, 10, 47)]);
    const messages = report.diagnostics.filter((d) => d.rule === RULE);
    expect(messages[0].message).toContain('Văn bản số 28-CT/TW là Chỉ thị, không phải Kế hoạch');
    expect(messages[0].hint).toBe('Sửa thành "Chỉ thị số 28-CT/TW"');
    expect(messages[1].message).toContain('là Chương trình hành động, không phải Chương trình');
  });

  test('ok: the right type, in any case', async () => {
    const dir = smallRepo(`title: Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị
closing: theo chỉ thị 28-CT/TW và CHỈ THỊ 28-CT/TW.
`);
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([]);
  });
});
