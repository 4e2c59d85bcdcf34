import { describe, expect, it } from 'vitest';
import { parseViNumberWords, formatViDecimal } from '../../../src/rules/_lib/vi-numbers.js';
import { makeRepo, pick, planWithParagraphs, validateJson } from '../../helpers.js';

const RULE = 'funding/amount-words';

const plan = (paragraphs: string[]) => planWithParagraphs('funding', 'body', paragraphs);

describe(RULE, () => {
  it('stays quiet on amounts whose figures and words agree, in every way of saying them', async () => {
    const dir = makeRepo({
      'p.yaml': plan([
        'Tổng kinh phí 1.250,5 triệu đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng).',
        'Ngân sách tỉnh 1.500.000 đồng (Một triệu năm trăm ngàn đồng); 25.000đ (Bằng chữ: Hai mươi lăm nghìn đồng chẵn).',
        'Nguồn xã hội hóa 21 triệu đồng (hai mươi mốt triệu đồng), 104 triệu đồng (Một trăm linh tư triệu đồng), 105 triệu (một trăm lẻ năm triệu đồng).',
        'Dự phòng 3 tỉ đồng (Ba tỷ đồng), 2,05 tỷ đồng (Hai phẩy không năm tỷ đồng), 1.024 triệu đồng (Một nghìn không trăm hai mươi tư triệu đồng).',
        'Trong thời hạn 05 (năm) ngày; 150.000 đồng (Một trăm năm nghìn đồng) is the spoken 150 or 105, not read.',
      ]),
    });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('reports figures and words that disagree, over the figures and the words', async () => {
    const dir = makeRepo({
      'p.yaml': plan([
        'Tổng kinh phí 1.250,5 triệu đồng (Một tỷ hai trăm năm mươi triệu bốn trăm nghìn đồng).',
        'Trong đó 2,5 tỷ đồng (Hai tỷ năm trăm năm mươi triệu đồng) và 1.500.000 đồng (Một triệu năm trăm ngàn đồng).',
        'Mua sắm 45.000.000đ (Bằng chữ: Bốn mươi lăm nghìn đồng).',
      ]),
    });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, RULE)).toEqual([
      // The text starts at column 8 (`    - "`): "1.250,5 …" at offset 14, 71 characters to ")".
      { rule: RULE, file: 'p.yaml', line: 7, column: 22, endLine: 7, endColumn: 93 },
      { rule: RULE, file: 'p.yaml', line: 8, column: 17, endLine: 8, endColumn: 66 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 16, endLine: 9, endColumn: 63 },
    ]);
    expect(report.diagnostics[0].severity).toBe('error');
    expect(report.diagnostics[0].message).toBe(
      'Số tiền bằng số và bằng chữ không khớp: "1.250,5 triệu đồng" là 1.250.500.000 đồng, còn bằng chữ "Một tỷ hai trăm năm mươi triệu bốn trăm nghìn" là 1.250.400.000 đồng',
    );
    expect(report.diagnostics[0].hint).toBe('Đối chiếu với dự toán được duyệt rồi sửa số hoặc chữ cho khớp nhau');
    const en = await validateJson(dir, ['--lang', 'en']);
    expect(en.report.diagnostics[1].message).toBe(
      'The amount in figures and in words disagree: "2,5 tỷ đồng" is 2.500.000.000 đồng, the words "Hai tỷ năm trăm năm mươi triệu" say 2.550.000.000 đồng',
    );
  });
});

describe('parseViNumberWords', () => {
  const read = (words: string) => {
    const d = parseViNumberWords(words);
    return d && formatViDecimal(d);
  };

  it('reads both ways of saying each number', () => {
    expect([read('hai mươi mốt'), read('hai mươi một'), read('hai mươi tư'), read('hai mươi bốn')]).toEqual(['21', '21', '24', '24']);
    expect([read('mười lăm'), read('hai mươi lăm'), read('năm mươi năm'), read('hai mươi nhăm')]).toEqual(['15', '25', '55', '25']);
    expect([read('một trăm linh năm'), read('một trăm lẻ năm'), read('bảy trăm'), read('bẩy trăm')]).toEqual(['105', '105', '700', '700']);
    expect([read('một nghìn'), read('một ngàn'), read('ba tỷ'), read('ba tỉ')]).toEqual(['1.000', '1.000', '3.000.000.000', '3.000.000.000']);
    expect(read('hai nghìn tỷ')).toBe('2.000.000.000.000');
    expect(read('một triệu không trăm năm mươi nghìn')).toBe('1.050.000');
  });

  it('reads decimals after "phẩy"', () => {
    expect(read('một nghìn hai trăm năm mươi phẩy năm triệu')).toBe('1.250.500.000');
    expect(read('một phẩy không năm tỷ')).toBe('1.050.000.000');
    expect(read('một phẩy hai mươi lăm tỷ')).toBe('1.250.000.000');
  });

  it('does not read words that are not a number, or spoken shortenings that say two', () => {
    expect([read('xin chào'), read('một trăm năm'), read('một triệu hai'), read('hai mươi không'), read('linh năm')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
