import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'text/dash-spacing';

const plan = (title: string, marker = '') => `kind: plan
id: p
title: ${title}
${marker}issuer: { name: X }
`;

describe(RULE, () => {
  it('notes a dash with a space on one side only, at the dash and its space', () => {
    const found = expectFindings({
      'p.yaml': plan('Giai đoạn 2021- 2025 của tổ chức chính trị -xã hội', '#                    ^^ text/dash-spacing\n#                                                ^^ text/dash-spacing\n'),
    });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Dấu gạch có khoảng trắng ở một bên: "2021- 2025"');
    expect(found[0].hint).toBe('Viết "2021 - 2025" nếu là dấu gạch ngang (khoảng trắng hai bên), hoặc "2021-2025" nếu là gạch nối trong một từ, ký hiệu');
  });

  it('stays quiet on a spaced dash and a hyphen inside a number', () => {
    expectFindings({ 'p.yaml': plan('Giai đoạn 2021 - 2025, Chỉ thị 28-CT/TW, chính trị - xã hội') });
  });

  it('takes a list marker at the start of a paragraph or line for what it is, not a dash', () => {
    // Only the dash of "2021- 2025": the markers are not findings.
    expectFindings({
      'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
funding:
  body:
    - "1- Nguồn vốn ngân sách tỉnh"
    - "- Nguồn vốn xã hội hóa"
    - "II- Giai đoạn 2021- 2025"
#                        ^^ text/dash-spacing
    - |
      a- Nguồn vốn
      2.1- Nguồn khác
`,
    }, { rules: RULE });
  });

  it('reads the agency names that are printed (registry and plan-local), not the number', () => {
    expectFindings({
      'a.yaml': `kind: agencies
id: a
agencies:
  sldtbxh: { name: Sở Lao động -Thương binh và Xã hội }
#                             ^^ text/dash-spacing
`,
      'p.yaml': `kind: plan
id: p
number: 36 -CTr/TU
title: T
issuer: { name: X }
agencies:
  ban-dan-van: { name: Ban Dân vận- Tỉnh ủy }
#                                 ^^ text/dash-spacing
assignments:
  - agency: sldtbxh
    duties: [Theo dõi.]
  - agency: ban-dan-van
    duties: [Theo dõi.]
`,
    }, { rules: RULE });
  });
});
