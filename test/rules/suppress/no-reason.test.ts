import { describe, expect, it } from 'vitest';
import { makeRepo, pick, planWithAims, validateJson } from '../../helpers.js';

const RULE = 'suppress/no-reason';

describe(RULE, () => {
  it('warns on a suppression without "-- reason"; the suppression still applies', async () => {
    const aims = ['    # kehoach-disable-next-line text/whitespace', '    - "Hai  cách."', '    # kehoach-disable-next-line text/whitespace --', '    - "Ba  cách."', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, ['text/whitespace', RULE, 'suppress/unused'])).toEqual([
      { rule: RULE, file: 'p.yaml', line: 7, column: 5, endLine: 7, endColumn: 48 },
      { rule: RULE, file: 'p.yaml', line: 9, column: 5, endLine: 9, endColumn: 51 },
    ]);
    expect(report.diagnostics[0].message).toBe('Chú thích tắt quy tắc text/whitespace không ghi lý do');
    expect(report.diagnostics[0].severity).toBe('warning');
  });
});
