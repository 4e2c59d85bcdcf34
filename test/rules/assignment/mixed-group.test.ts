import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'assignment/mixed-group';

const plan = (name: string, marker = '') => `kind: plan
id: p
title: T
issuer: { name: X }
agencies:
  g: { name: "${name}", type: other }
assignments:
  - agency: g
${marker}    duties: [Thực hiện.]
`;

describe(RULE, () => {
  it('notes a heading that groups state offices with đoàn thể, at the agency', () => {
    const found = expectFindings({ 'p.yaml': plan('Các cơ quan, đơn vị, đoàn thể', '#           ^ assignment/mixed-group\n') });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toContain('gộp cơ quan nhà nước ("cơ quan") với tổ chức không thuộc nhà nước ("đoàn thể")');
  });

  it('stays quiet on single bodies whose names only look mixed', () => {
    for (const name of ['Công đoàn cấp trên trực tiếp cơ sở', 'Công đoàn ngành', 'Văn phòng Liên đoàn Lao động tỉnh', 'Sở Lao động - Thương binh và Xã hội']) {
      // Only this rule: the undated plan's Sở Lao động - Thương binh và Xã hội is also agency/defunct today.
      expectFindings({ 'p.yaml': plan(name) }, { rules: RULE });
    }
  });
});
