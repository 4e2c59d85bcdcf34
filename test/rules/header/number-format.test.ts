import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'header/number-format';

/** A plan whose number is on line 6 (from column 9); `marker` the line under it. */
const plan = (format: string, number: string, marker = '') => `kind: plan
format: ${format}
id: p
title: T
issuer: { name: X }
number: ${number}
${marker}`;

/** A directive whose number is on line 4 (from column 9). */
const directive = (docType: string, number: string, marker = '') => `kind: directive
id: d
doc_type: ${docType}
number: ${number}
${marker}issuer: { name: Y }
title: T
`;

describe(RULE, () => {
  it('reports a party-style number on a state plan, at the number', () => {
    const found = expectFindings({ 'p.yaml': plan('state', '93-KH/UBND', '#       ^^^^^^^^^^ header/number-format\n') });
    expect(found.linted.summary.errors).toBe(1);
    expect(found[0].message).toBe('Số, ký hiệu "93-KH/UBND" không đúng dạng "số/loại-cơ quan" của văn bản nhà nước (ví dụ "93/KH-UBND")');
  });

  it('reports a type abbreviation that is not doc_type\'s, at the abbreviation', () => {
    const found = expectFindings({
      'p.yaml': plan('party', '12-CT/HU', '#          ^^ header/number-format\n'),
      'd.yaml': directive('Chương trình hành động', '36-CT/TU', '#          ^^ header/number-format\n'),
    }, { rules: RULE });
    expect(found[0].message).toBe('Chữ viết tắt "CT" trong số, ký hiệu không khớp loại văn bản "Chương trình hành động": phải là "CTr"');
    expect(found[0].hint).toBe('Viết "36-CTr/TU"');
    expect(found[1].hint).toBe('Viết "12-KH/HU"');
  });

  it('accepts the real forms, and leaves a Công văn alone', () => {
    expectFindings({
      'p.yaml': plan('union', '40/KH-LĐLĐ'),
      'q.yaml': plan('party', '7-KH/TU').replace('id: p', 'id: q'),
      'd.yaml': directive('Chỉ thị', '28-CT/TW'),
      'e.yaml': directive('Quyết định', '06/2020/QĐ-UBND').replace('id: d', 'id: e'),
      'f.yaml': directive('Công văn', '636/LĐTBXH-TE').replace('id: d', 'id: f'),
    });
  });
});

describe(`${RULE} in a Party plan`, () => {
  it('asks a Party plan for "N-XX/YYY": a state-style "12/KH-HU" is reported at the number', () => {
    const found = expectFindings({ 'p.yaml': plan('party', '12/KH-HU', '#       ^^^^^^^^ header/number-format\n') }, { rules: RULE });
    expect(found[0].message).toBe('Số, ký hiệu "12/KH-HU" không đúng dạng "số-loại/cơ quan" của văn bản của Đảng (ví dụ "28-CT/TW")');
  });
});
