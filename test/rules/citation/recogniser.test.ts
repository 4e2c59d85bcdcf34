// The citation recogniser (src/rules/_lib/citations/recognise.ts) and the text fields searched
// (citations/analyse.ts), on the real sentences of the seeds (/work/shared/seeds/*.txt) and the variants spec/rules.md names.
import { describe, expect, test } from 'vitest';
import { normaliseNumber, recogniseCitations, type Citation } from '../../../src/rules/_lib/citations/recognise.js';
import { mulberry32 } from '../../../scripts/bench/generate.js';
import { textFieldsOf } from '../../../src/rules/_lib/citations/analyse.js';
import { collectPrintedStrings } from '../../../src/rules/_lib/text-fields.js';
import { Plan } from '../../../src/model/schemas.js';

/** What a reader sees of each citation, checked against the offsets. */
function read(text: string) {
  return recogniseCitations(text).map((c: Citation) => {
    for (const span of [c.type, c.number, c.date, c.issuer]) {
      if (span) expect(text.slice(span.from, span.to)).toBe(span.text);
    }
    return {
      type: c.type.text,
      number: c.number.normalised,
      ...(c.date ? { date: c.date.text, iso: c.date.iso } : {}),
      ...(c.issuer ? { issuer: c.issuer.text } : {}),
    };
  });
}

describe('recogniseCitations', () => {
  test('seed 001, opening: a Công văn and a Thông tư, each with date and issuer', () => {
    const text =
      'Thực hiện Công văn số 636/LĐTBXH-TE ngày 28/02/2023 của Bộ Lao động - Thương binh và Xã hội về hướng dẫn thực hiện công tác trẻ em năm 2023 và căn cứ Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021 của Bộ Lao động - Thương binh và Xã hội ban hành Bộ chỉ tiêu thống kê về tình hình trẻ em';
    expect(read(text)).toEqual([
      { type: 'Công văn', number: '636/LĐTBXH-TE', date: '28/02/2023', iso: '2023-02-28', issuer: 'Bộ Lao động - Thương binh và Xã hội' },
      // The phrase runs on past the name; matching against names is by prefix.
      {
        type: 'Thông tư',
        number: '13/2021/TT-BLĐTBXH',
        date: '30/9/2021',
        iso: '2021-09-30',
        // The phrase is capped at 14 words.
        issuer: 'Bộ Lao động - Thương binh và Xã hội ban hành Bộ chỉ tiêu',
      },
    ]);
  });

  test('seed 002, opening: a comma after the number; the second citation inside the first one\'s "về ..."', () => {
    const text =
      'Thực hiện Chương trình hành động số 36-CTr/TU, ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc';
    expect(read(text)).toEqual([
      { type: 'Chương trình hành động', number: '36-CTR/TU', date: '29/02/2024', iso: '2024-02-29', issuer: 'Ban Thường vụ Tỉnh ủy' },
      { type: 'Chỉ thị', number: '28-CT/TW', date: '25/12/2023', iso: '2023-12-25', issuer: 'Bộ Chính trị' },
    ]);
  });

  test('seed 002, title: d/m/yyyy without leading zeros', () => {
    const text = 'Triển khai Chương trình hành động số 36-CTr/TU ngày 29/2/2024 của Tỉnh ủy Phú Yên về thực hiện Chỉ thị';
    expect(read(text)).toEqual([
      { type: 'Chương trình hành động', number: '36-CTR/TU', date: '29/2/2024', iso: '2024-02-29', issuer: 'Tỉnh ủy Phú Yên' },
    ]);
  });

  test('seed 002, III.1: spaces inside the number, an issuer without a date, a space before ";"', () => {
    const text =
      'thực hiện có hiệu quả Chương trình hành động số 36 -CTr/TU về thực hiện Chỉ thị số 28-CT/TW của Bộ Chính trị ; theo dõi kết quả';
    expect(read(text)).toEqual([
      { type: 'Chương trình hành động', number: '36-CTR/TU' },
      { type: 'Chỉ thị', number: '28-CT/TW', issuer: 'Bộ Chính trị' },
    ]);
    expect(read('Chương trình hành động số 36 - CTr/TU về thực hiện')).toEqual([{ type: 'Chương trình hành động', number: '36-CTR/TU' }]);
  });

  test('seed 001, closing: no "số"; a mention without date or issuer', () => {
    expect(read('Kế hoạch 93/KH-UBND ngày 03/04/2023 thực hiện công tác bảo vệ')).toEqual([
      { type: 'Kế hoạch', number: '93/KH-UBND', date: '03/04/2023', iso: '2023-04-03' },
    ]);
    expect(read('theo Bộ tiêu chí quy định tại Thông tư số 13/2021/TT-BLĐTBXH.')).toEqual([
      { type: 'Thông tư', number: '13/2021/TT-BLĐTBXH' },
    ]);
  });

  test('a date belongs to the number just before it (spec/rules.md)', () => {
    const text = 'Kế hoạch số 50/KH-UBND ngày 26/01/2024 về thực hiện Chỉ thị 28-CT/TW ngày 25/01/2023';
    expect(read(text)).toEqual([
      { type: 'Kế hoạch', number: '50/KH-UBND', date: '26/01/2024', iso: '2024-01-26' },
      { type: 'Chỉ thị', number: '28-CT/TW', date: '25/01/2023', iso: '2023-01-25' },
    ]);
  });

  test('"ngày d tháng m năm yyyy", d-m-yyyy, and the issuer before the date', () => {
    expect(read('Chỉ thị số 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị.')).toEqual([
      { type: 'Chỉ thị', number: '28-CT/TW', date: '25 tháng 12 năm 2023', iso: '2023-12-25', issuer: 'Bộ Chính trị' },
    ]);
    expect(read('Chỉ thị số 28-CT/TW ngày 25-12-2023 của Bộ Chính trị')).toEqual([
      { type: 'Chỉ thị', number: '28-CT/TW', date: '25-12-2023', iso: '2023-12-25', issuer: 'Bộ Chính trị' },
    ]);
    expect(read('Chỉ thị số 28-CT/TW của Bộ Chính trị ngày 25/12/2023 về tăng cường')).toEqual([
      { type: 'Chỉ thị', number: '28-CT/TW', date: '25/12/2023', iso: '2023-12-25', issuer: 'Bộ Chính trị' },
    ]);
  });

  test('line breaks inside the citation (literal blocks keep them; seed 001 breaks inside a number)', () => {
    expect(read('căn cứ Thông tư số 13\n/2021/TT-BLĐTBXH ngày\n30/9/2021 của Bộ Lao động - Thương binh\nvà Xã hội, ban hành')).toEqual([
      { type: 'Thông tư', number: '13/2021/TT-BLĐTBXH', date: '30/9/2021', iso: '2021-09-30', issuer: 'Bộ Lao động - Thương binh\nvà Xã hội' },
    ]);
  });

  test('no citation: dates and numbers that are not documents, "kế hoạch" as a common noun', () => {
    expect(read('báo cáo kết quả thực hiện Kế hoạch trước ngày 10/5 đối với báo cáo 6 tháng')).toEqual([]);
    expect(read('Tháng hành động Vì trẻ em từ ngày 01/6 đến ngày 30/6')).toEqual([]);
    expect(read('Phối hợp xây dựng kế hoạch kiểm tra, giám sát')).toEqual([]);
    // The type must be a whole word: "Quyết địnhx" is not "Quyết định".
    expect(read('Quyết địnhx 12/QĐ-UBND')).toEqual([]);
  });

  test('a type word inside a word is not one, whatever comes before it', () => {
    // "xKế hoạch": the search goes on from the next character and finds none; "Kế hoạch" after a
    // digit, a combining mark or a letter above U+FFFF is inside a word too; after an emoji, a
    // space or punctuation it starts one.
    expect(read('xKế hoạch 5/KH-UBND')).toEqual([]);
    expect(read('5Kế hoạch 5/KH-UBND')).toEqual([]);
    expect(read('e\u0301Kế hoạch 5/KH-UBND')).toEqual([]);
    expect(read('\u{1D400}Kế hoạch 5/KH-UBND')).toEqual([]);
    for (const before of ['', ' ', '(', '“', '\u{1F600}', '\n']) {
      expect(read(`${before}Kế hoạch 5/KH-UBND`), JSON.stringify(before)).toEqual([{ type: 'Kế hoạch', number: '5/KH-UBND' }]);
    }
    // A second citation right after a rejected start: "Chỉ thị" inside "xChỉ thị" is skipped, the next is found.
    expect(read('xChỉ thị 1/CT-TTg và Chỉ thị 28-CT/TW')).toEqual([{ type: 'Chỉ thị', number: '28-CT/TW' }]);
  });
});

describe('normaliseNumber', () => {
  test('one form for a number however it is written (NFC, spaces around joiners, case)', () => {
    expect(normaliseNumber('28-CT/TW')).toBe('28-CT/TW');
    expect(normaliseNumber('636/lđtbxh-te')).toBe('636/LĐTBXH-TE');
    expect(normaliseNumber('36 - CTr/TU')).toBe('36-CTR/TU');
    expect(normaliseNumber('13\n/2021/TT-BLĐTBXH')).toBe('13/2021/TT-BLĐTBXH');
    // A decomposed "Ư" (U+0055 U+031B) is composed.
    expect(normaliseNumber('5/KH-U\u031BB')).toBe('5/KH-\u01afB');
  });

  test('the shortcut for numbers without spaces or marks gives what the full form gives (5,000 fuzzed)', () => {
    const full = (n: string) => n.normalize('NFC').replace(/\s*([-/])\s*/g, '$1').replace(/\s+/g, ' ').trim().toUpperCase();
    const alphabet = [...'0123456789-/ABCtđĐưƯß', ' ', '\u00a0', '\n', '\u0301', '\u031b', '\u212b', '\u02ff', '\u00a1'];
    const random = mulberry32(5);
    for (let k = 0; k < 5000; k++) {
      const n = Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(normaliseNumber(n), JSON.stringify(n)).toBe(full(n));
    }
  });
});

describe('textFieldsOf', () => {
  test('every printed text of a plan, with its path', () => {
    const plan = Plan.parse({
      kind: 'plan',
      id: 'p',
      doc_type: 'Kế hoạch',
      number: null,
      issuer: { name: 'Ủy ban nhân dân tỉnh' },
      title: 'T',
      basis: [{ ref: 'x' }, { text: 'B' }],
      intro: ['I0', 'I1'],
      purpose: { aims: ['A'], requirements: ['R'] },
      indicators: { groups: [{ id: 'a', title: 'G', items: [{ id: 1, text: 'N' }] }] },
      tasks: { items: [{ id: 't', title: 'TT', body: ['TB'], items: [{ id: 'u', title: 'UT', body: ['UB'] }] }] },
      funding: { body: ['F'] },
      assignments: [{ agency: 'syt', note: 'AN', duties: ['AD'] }],
      implementation_closing: ['IC'],
      reporting: [{ name: 'RN', period: 'annual' }],
      closing: 'C',
    });
    expect(textFieldsOf(collectPrintedStrings(plan)).map((f) => [f.path.join('.'), f.text])).toEqual([
      ['title', 'T'],
      ['basis.1.text', 'B'],
      ['intro.0', 'I0'],
      ['intro.1', 'I1'],
      ['purpose.aims.0', 'A'],
      ['purpose.requirements.0', 'R'],
      ['indicators.groups.0.title', 'G'],
      ['indicators.groups.0.items.0.text', 'N'],
      ['tasks.items.0.title', 'TT'],
      ['tasks.items.0.body.0', 'TB'],
      ['tasks.items.0.items.0.title', 'UT'],
      ['tasks.items.0.items.0.body.0', 'UB'],
      ['funding.body.0', 'F'],
      ['assignments.0.note', 'AN'],
      ['assignments.0.duties.0', 'AD'],
      ['implementation_closing.0', 'IC'],
      ['reporting.0.name', 'RN'],
      ['closing', 'C'],
    ]);
  });
});

describe('issuer phrases', () => {
  test('a "." ends the phrase, except after an abbreviation such as "TP."', () => {
    expect(read('Quyết định số 12/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân TP. Hồ Chí Minh. Các sở')).toEqual([
      { type: 'Quyết định', number: '12/QĐ-UBND', date: '02/01/2024', iso: '2024-01-02', issuer: 'Ủy ban nhân dân TP. Hồ Chí Minh' },
    ]);
    expect(read('Công văn số 636/LĐTBXH-TE của Bộ Lao động - TBXH. Các sở')).toEqual([
      { type: 'Công văn', number: '636/LĐTBXH-TE', issuer: 'Bộ Lao động - TBXH' },
    ]);
  });
});
