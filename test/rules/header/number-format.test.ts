import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'header/number-format';

const plan = (format: string, number: string) => `kind: plan
format: ${format}
id: p
title: T
issuer: { name: X }
number: ${number}
`;

const directive = (docType: string, number: string) => `kind: directive
id: d
doc_type: ${docType}
number: ${number}
issuer: { name: Y }
title: T
`;

describe(RULE, () => {
  it('reports a party-style number on a state plan, at the number', async () => {
    const dir = makeRepo({ 'p.yaml': plan('state', '93-KH/UBND') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 6, column: 9, endLine: 6, endColumn: 19 }]);
    expect(report.diagnostics[0].message).toBe('Số, ký hiệu "93-KH/UBND" không đúng dạng "số/loại-cơ quan" của văn bản nhà nước (ví dụ "93/KH-UBND")');
  });

  it('reports a type abbreviation that is not doc_type\'s, at the abbreviation', async () => {
    const dir = makeRepo({ 'p.yaml': plan('party', '12-CT/HU'), 'd.yaml': directive('Chương trình hành động', '36-CT/TU') });
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'd.yaml', line: 4, column: 12, endLine: 4, endColumn: 14 },
      { rule: RULE, file: 'p.yaml', line: 6, column: 12, endLine: 6, endColumn: 14 },
    ]);
    const found = report.diagnostics.filter((d) => d.rule === RULE);
    expect(found[0].message).toBe('Chữ viết tắt "CT" trong số, ký hiệu không khớp loại văn bản "Chương trình hành động": phải là "CTr"');
    expect(found[0].hint).toBe('Viết "36-CTr/TU"');
    expect(found[1].hint).toBe('Viết "12-KH/HU"');
  });

  it('accepts the real forms, and leaves a Công văn alone', async () => {
    const dir = makeRepo({
      'p.yaml': plan('union', '40/KH-LĐLĐ'),
      'q.yaml': plan('party', '7-KH/TU').replace('id: p', 'id: q'),
      'd.yaml': directive('Chỉ thị', '28-CT/TW'),
      'e.yaml': directive('Quyết định', '06/2020/QĐ-UBND').replace('id: d', 'id: e'),
      'f.yaml': directive('Công văn', '636/LĐTBXH-TE').replace('id: d', 'id: f'),
    });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });
});

describe(`${RULE} in a Party plan`, () => {
  it('asks a Party plan for "N-XX/YYY": a state-style "12/KH-HU" is reported at the number', async () => {
    const dir = makeRepo({ 'p.yaml': plan('party', '12/KH-HU') });
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 6, column: 9, endLine: 6, endColumn: 17 }]);
    expect(report.diagnostics.find((d) => d.rule === RULE)?.message).toBe(
      'Số, ký hiệu "12/KH-HU" không đúng dạng "số-loại/cơ quan" của văn bản của Đảng (ví dụ "28-CT/TW")',
    );
  });
});
