import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'text/dash-spacing';

const plan = (title: string) => `kind: plan
id: p
title: ${title}
issuer: { name: X }
`;

describe(RULE, () => {
  it('notes a dash with a space on one side only, at the dash and its space', async () => {
    const dir = makeRepo({ 'p.yaml': plan('Giai đoạn 2021- 2025 của tổ chức chính trị -xã hội') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'p.yaml', line: 3, column: 22, endLine: 3, endColumn: 24 },
      { rule: RULE, file: 'p.yaml', line: 3, column: 50, endLine: 3, endColumn: 52 },
    ]);
    expect(report.diagnostics[0].message).toBe('Dấu gạch có khoảng trắng ở một bên: "2021- 2025"');
    expect(report.diagnostics[0].hint).toBe('Viết "2021 - 2025" nếu là dấu gạch ngang (khoảng trắng hai bên), hoặc "2021-2025" nếu là gạch nối trong một từ, ký hiệu');
  });

  it('stays quiet on a spaced dash and a hyphen inside a number', async () => {
    const dir = makeRepo({ 'p.yaml': plan('Giai đoạn 2021 - 2025, Chỉ thị 28-CT/TW, chính trị - xã hội') });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('takes a list marker at the start of a paragraph or line for what it is, not a dash', async () => {
    const dir = makeRepo({
      'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
funding:
  body:
    - "1- Nguồn vốn ngân sách tỉnh"
    - "- Nguồn vốn xã hội hóa"
    - "II- Giai đoạn 2021- 2025"
    - |
      a- Nguồn vốn
      2.1- Nguồn khác
`,
    });
    const { report } = await validateJson(dir);
    // Only the dash of "2021- 2025" (line 9, columns 26-28): the markers are not findings.
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 9, column: 26, endLine: 9, endColumn: 28 }]);
  });

  it('reads the agency names that are printed (registry and plan-local), not the number', async () => {
    const dir = makeRepo({
      'a.yaml': `kind: agencies
id: a
agencies:
  sldtbxh: { name: Sở Lao động -Thương binh và Xã hội }
`,
      'p.yaml': `kind: plan
id: p
number: 36 -CTr/TU
title: T
issuer: { name: X }
agencies:
  ban-dan-van: { name: Ban Dân vận- Tỉnh ủy }
assignments:
  - agency: sldtbxh
    duties: [Theo dõi.]
  - agency: ban-dan-van
    duties: [Theo dõi.]
`,
    });
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([
      { rule: RULE, file: 'a.yaml', line: 4, column: 31, endLine: 4, endColumn: 33 },
      { rule: RULE, file: 'p.yaml', line: 7, column: 35, endLine: 7, endColumn: 37 },
    ]);
  });
});
