import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'text/whitespace';

const plan = (aims: string) => `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
${aims}`;

describe(RULE, () => {
  it('notes a space before a stop, doubled, leading and trailing spaces, and a blank line in a plain scalar', () => {
    const aims = `    - "Đạt 95% ."
#             ^ text/whitespace
    - "Hai  cách."
#         ^^ text/whitespace
    - " Đầu và cuối. "
#      ^ text/whitespace
#                   ^ text/whitespace
    - Dòng một

      dòng hai.
`;
    // The line break of the plain scalar: from the end of line 10 to the text of line 12.
    const found = expectFindings({ 'p.yaml': plan(aims) }, { errors: [{ rule: RULE, at: '10:15-12:7' }] });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Khoảng trắng trước dấu ".": "Đạt 95% ."');
    expect(found[0].hint).toBe('Viết dấu câu liền sau chữ: "95%."');
    expect(found[4].message).toBe('Xuống dòng giữa đoạn văn: "Dòng một↵dòng hai."');
  });

  it('reads the annexes too: their title and paragraphs are printed', () => {
    const found = expectFindings({
      'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
annexes:
  - title: "Danh  sách"
#               ^^ text/whitespace
    body:
      - "Mục một ."
#               ^ text/whitespace
`,
    });
    expect(found.linted.summary.errors).toBe(0);
  });

  it('stays quiet on clean text, an ellipsis after a space, and a block scalar', () => {
    expectFindings({
      'p.yaml': plan(`    - "Một câu, đúng: đủ."
    - "Tết Trung thu ... và khác."
    - |
      Khối văn bản.
`),
    });
  });
});
