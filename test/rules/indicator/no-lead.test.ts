import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, planWithIndicators, validateJson } from '../../helpers.js';

const plan = (items: string) => planWithIndicators(items);

describe('indicator/no-lead', () => {
  it('reports an empty lead at its value and a missing lead at the indicator', async () => {
    const items = '        - id: "1"\n          text: A\n          lead:\n        - id: "2"\n          text: B\n';
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan(items) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'indicator/no-lead')).toEqual([
      { rule: 'indicator/no-lead', file: 'p.yaml', line: 12, column: 11, endLine: 12, endColumn: 15 },
      { rule: 'indicator/no-lead', file: 'p.yaml', line: 13, column: 11, endLine: 13, endColumn: 18 },
    ]);
    expect(report.diagnostics.map((d) => d.message)).toEqual(['Chỉ tiêu 1 chưa có cơ quan chủ trì ("lead")', 'Chỉ tiêu 2 chưa có cơ quan chủ trì ("lead")']);
  });

  it('stays quiet when each indicator has a lead', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': plan('        - { id: "1", text: A, lead: syt }\n') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
