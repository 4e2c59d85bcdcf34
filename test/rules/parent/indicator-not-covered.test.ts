import { describe, expect, it } from 'vitest';
import { AGENCIES, directiveWithIndicators, makeRepo, pick, planWithIndicators, validateJson } from '../../helpers.js';

const PARENT = directiveWithIndicators('        - { id: "1", text: Một }\n        - { id: "2", text: Hai }\n');
const PLAN = planWithIndicators('        - { id: "1", text: A, lead: syt, implements: "1" }\n', 'parent: ct\n');

describe('parent/indicator-not-covered', () => {
  it('warns about a parent indicator nothing implements, at the parent: line', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': PLAN });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, 'parent/indicator-not-covered')).toEqual([
      { rule: 'parent/indicator-not-covered', file: 'p.yaml', line: 5, column: 9, endLine: 5, endColumn: 11 },
    ]);
    expect(report.diagnostics[0].severity).toBe('warning');
    expect(report.diagnostics[0].message).toBe('Chỉ tiêu 2 của Chỉ thị 1/CT-UBND không có chỉ tiêu nào cụ thể hóa');
  });

  it('stays quiet when every parent indicator is implemented', async () => {
    const plan = PLAN + '        - { id: "2", text: B, lead: syt, implements: "2" }\n';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': plan });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
