import { describe, expect, it } from 'vitest';
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
