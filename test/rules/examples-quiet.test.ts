// `kehoach validate examples` must stay at exit 0 with no false positive (issue 5, "Done
// when"). The list below is every diagnostic of every rule on the examples; each is a true
// positive that the example keeps on purpose:
//   - reporting/no-deadline: the Phú Yên plan's "Báo cáo định kỳ" has no date because the seed
//     gives none (see the comment above its `reporting:`).
//   - assignment/mixed-group: the Sơn La plan keeps the published heading IV.7 "Các Sở, ban,
//     ngành, đoàn thể liên quan" (examples/agencies/son-la.yaml says so at so-nganh-doan-the).
import { describe, expect, it } from 'vitest';
import { pick, runCli, type JsonReport } from '../helpers.js';

describe('the examples', () => {
  it('validate with exit 0 and only the findings they keep on purpose', async () => {
    const r = await runCli(['validate', '--format', 'json', 'examples']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const all = [...new Set(report.diagnostics.map((d) => d.rule))];
    expect(pick(report, all)).toEqual([
      { rule: 'reporting/no-deadline', file: 'examples/plans/phu-yen-40-kh-ldld-2024.yaml', line: 109, column: 13, endLine: 109, endColumn: 21 },
      { rule: 'assignment/mixed-group', file: 'examples/plans/son-la-93-kh-ubnd-2023.yaml', line: 326, column: 13, endLine: 326, endColumn: 30 },
    ]);
  });
});
