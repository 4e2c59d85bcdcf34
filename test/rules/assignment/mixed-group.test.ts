import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const RULE = 'assignment/mixed-group';

const plan = (name: string) => `kind: plan
id: p
title: T
issuer: { name: X }
agencies:
  g: { name: "${name}", type: other }
assignments:
  - agency: g
    duties: [Thực hiện.]
`;

describe(RULE, () => {
  it('notes a heading that groups state offices with đoàn thể, at the agency', async () => {
    const dir = makeRepo({ 'p.yaml': plan('Các cơ quan, đơn vị, đoàn thể') });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'p.yaml', line: 8, column: 13, endLine: 8, endColumn: 14 }]);
    expect(report.diagnostics[0].severity).toBe('info');
    expect(report.diagnostics[0].message).toContain('gộp cơ quan nhà nước ("cơ quan") với tổ chức không thuộc nhà nước ("đoàn thể")');
  });

  it('stays quiet on single bodies whose names only look mixed', async () => {
    for (const name of ['Công đoàn cấp trên trực tiếp cơ sở', 'Công đoàn ngành', 'Văn phòng Liên đoàn Lao động tỉnh', 'Sở Lao động - Thương binh và Xã hội']) {
      const dir = makeRepo({ 'p.yaml': plan(name) });
      // Only this rule: the undated plan's Sở Lao động - Thương binh và Xã hội is also agency/defunct today.
      expect(pick((await validateJson(dir)).report, RULE)).toEqual([]);
    }
  });
});
