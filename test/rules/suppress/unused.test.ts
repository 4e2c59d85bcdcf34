import { describe, expect, it } from 'vitest';
import { makeRepo, pick, planWithAims, validateJson } from '../../helpers.js';

const RULE = 'suppress/unused';

describe('inline suppressions and ' + RULE, () => {
  it('hides the finding on the next line; the comment for a rule with no finding there is reported', async () => {
    const aims = [
      '    # kehoach-disable-next-line text/whitespace -- đúng như bản gốc đã ký',
      '    - "Hai  cách."',
      '    # kehoach-disable-next-line text/whitespace, text/nfc -- bản gốc',
      '    - "Ba  cách."',
      '    - "Bốn  cách."',
      '',
    ].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, ['text/whitespace', RULE, 'suppress/no-reason'])).toEqual([
      { rule: RULE, file: 'p.yaml', line: 9, column: 5, endLine: 9, endColumn: 69 },
      { rule: 'text/whitespace', file: 'p.yaml', line: 11, column: 11, endLine: 11, endColumn: 13 },
    ]);
    expect(report.diagnostics.find((d) => d.rule === RULE)?.message).toBe('Chú thích "kehoach-disable" cho quy tắc text/nfc không che phát hiện nào');
  });

  it('a block runs from disable to enable; a block never closed runs to the end of the file', async () => {
    const aims = [
      '    # kehoach-disable text/whitespace -- trích nguyên văn',
      '    - "Một  hai."',
      '    - "Ba  bốn."',
      '    # kehoach-enable text/whitespace',
      '    - "Năm  sáu."',
      '    # kehoach-disable text/whitespace -- trích nguyên văn',
      '    - "Bảy  tám."',
      '',
    ].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims) });
    const { report } = await validateJson(dir);
    expect(pick(report, ['text/whitespace', RULE])).toEqual([{ rule: 'text/whitespace', file: 'p.yaml', line: 11, column: 11, endLine: 11, endColumn: 13 }]);
  });

  it('a suppression whose finding was fixed is reported, in English too', async () => {
    const aims = ['    # kehoach-disable-next-line text/whitespace -- đã xem', '    - "Một cách."', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims) });
    const { code, report } = await validateJson(dir, ['--lang', 'en']);
    expect(code).toBe(0);
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.message, d.hint])).toEqual([
      [RULE, 'warning', 7, 5, 'The "kehoach-disable" comment for text/whitespace suppresses nothing', 'Remove text/whitespace from the comment (or the whole comment line) if the finding was fixed'],
    ]);
  });

  it('can be turned off in kehoach.config.yaml', async () => {
    const aims = ['    # kehoach-disable-next-line text/whitespace -- đã xem', '    - "Một cách."', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims), 'kehoach.config.yaml': 'rules:\n  suppress/unused: off\n' });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });

  it('a "# kehoach-disable…" inside a quoted text is not a suppression', async () => {
    const aims = ['    - "Ghi chú # kehoach-disable-next-line text/whitespace -- x"', '    - "Hai  cách."', ''].join('\n');
    const dir = makeRepo({ 'p.yaml': planWithAims(aims) });
    const { report } = await validateJson(dir);
    // Only a comment line of its own is a suppression: the doubled space below is reported.
    expect(pick(report, ['text/whitespace', RULE])).toEqual([{ rule: 'text/whitespace', file: 'p.yaml', line: 8, column: 11, endLine: 8, endColumn: 13 }]);
  });
});
