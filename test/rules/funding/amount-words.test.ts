import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'funding/amount-words';

const WRONG = `kind: plan
id: p
title: T
issuer: { name: X }
funding:
  body:
    - "Tổng kinh phí 1.250,5 triệu đồng (Một tỷ hai trăm năm mươi triệu bốn trăm nghìn đồng)."
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ funding/amount-words
    - "Trong đó 2,5 tỷ đồng (Hai tỷ năm trăm năm mươi triệu đồng) và 1.500.000 đồng (Một triệu năm trăm ngàn đồng)."
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ funding/amount-words
    - "Mua sắm 45.000.000đ (Bằng chữ: Bốn mươi lăm nghìn đồng)."
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ funding/amount-words
`;

describe(RULE, () => {
  it('stays quiet on amounts whose figures and words agree, in every way of saying them', () => {
    expectFindings({
      'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
funding:
  body:
    - "Tổng kinh phí 1.250,5 triệu đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)."
    - "Ngân sách tỉnh 1.500.000 đồng (Một triệu năm trăm ngàn đồng); 25.000đ (Bằng chữ: Hai mươi lăm nghìn đồng chẵn)."
    - "Nguồn xã hội hóa 21 triệu đồng (hai mươi mốt triệu đồng), 104 triệu đồng (Một trăm linh tư triệu đồng), 105 triệu (một trăm lẻ năm triệu đồng)."
    - "Dự phòng 3 tỉ đồng (Ba tỷ đồng), 2,05 tỷ đồng (Hai phẩy không năm tỷ đồng), 1.024 triệu đồng (Một nghìn không trăm hai mươi tư triệu đồng)."
    - "Trong thời hạn 05 (năm) ngày; 150.000 đồng (Một trăm năm nghìn đồng) is the spoken 150 or 105, not read."
`,
    });
  });

  it('reports figures and words that disagree, over the figures and the words', () => {
    const found = expectFindings({ 'p.yaml': WRONG }, { rules: RULE });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toBe(
      'Số tiền bằng số và bằng chữ không khớp: "1.250,5 triệu đồng" là 1.250.500.000 đồng, còn bằng chữ "Một tỷ hai trăm năm mươi triệu bốn trăm nghìn" là 1.250.400.000 đồng',
    );
    expect(found[0].hint).toBe('Đối chiếu với dự toán được duyệt rồi sửa số hoặc chữ cho khớp nhau');
    const en = expectFindings({ 'p.yaml': WRONG }, { rules: RULE, lang: 'en' });
    expect(en[1].message).toBe(
      'The amount in figures and in words disagree: "2,5 tỷ đồng" is 2.500.000.000 đồng, the words "Hai tỷ năm trăm năm mươi triệu" say 2.550.000.000 đồng',
    );
  });
});
