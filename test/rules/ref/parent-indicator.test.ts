import { describe, expect, it } from 'vitest';
import { AGENCIES, directiveWithIndicators, makeRepo, pick, planWithIndicators, validateJson } from '../../helpers.js';

const PARENT = directiveWithIndicators('        - { id: "1", text: Tiêm chủng đạt 95%. }\n');
const plan = (impl: string) => planWithIndicators(`        - { id: "1", text: A, lead: syt, implements: "${impl}" }\n`, 'parent: ct\n');

describe('ref/parent-indicator', () => {
  it('reports an indicator implementing what the parent does not have', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': plan('9') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/parent-indicator')).toEqual([{ rule: 'ref/parent-indicator', file: 'p.yaml', line: 11, column: 54, endLine: 11, endColumn: 57 }]);
    expect(report.diagnostics.find((d) => d.rule === 'ref/parent-indicator')!.message).toBe('Chỉ thị 1/CT-UBND không có chỉ tiêu "9"');
  });

  it('stays quiet when it exists', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'd.yaml': PARENT, 'p.yaml': plan('1') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
