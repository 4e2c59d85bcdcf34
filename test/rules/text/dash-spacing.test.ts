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
});
