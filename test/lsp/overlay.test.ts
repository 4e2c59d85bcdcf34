// The editor's unsaved text gives the findings `kehoach validate` gives once that text is saved:
// the examples repository, one plan changed in the buffer only, against a saved copy.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRootOf, validateOverlay } from '../../src/pipeline/validate-overlay.js';
import { ROOT, validateJson } from '../helpers.js';

const PLAN = 'plans/son-la-93-kh-ubnd-2023.yaml';

function copyOfExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-lsp-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
}

describe('validation with unsaved buffers', () => {
  it('gives exactly the findings validate gives for the same text saved', async () => {
    const unsaved = copyOfExamples();
    const saved = copyOfExamples();
    const original = readFileSync(join(unsaved, PLAN), 'utf8');
    const edited = original
      .replace('          lead: syt\n', '          lead: sty\n')
      .replace('Thực hiện Công văn số 636/LĐTBXH-TE ngày 28/02/2023', 'Thực hiện Công văn  số 636/LĐTBXH-TE ngày 27/02/2023')
      .replace('Tăng cường sự lãnh đạo', 'Tăng cường sự lãnh đạo'.normalize('NFD'));
    expect(edited).not.toBe(original);
    writeFileSync(join(saved, PLAN), edited);

    const path = join(unsaved, PLAN);
    const result = validateOverlay(repositoryRootOf(path, 'vi'), [path], 'vi', { texts: new Map([[path, edited]]) });
    const fromBuffer = result.diagnostics.map((d) => ({
      rule: d.rule,
      file: d.file,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      message: d.message,
      hint: d.hint,
    }));
    const { report } = await validateJson(saved);
    const fromDisk = report.diagnostics
      .filter((d) => d.file === PLAN)
      .map((d) => ({ rule: d.rule, file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, message: d.message, hint: d.hint }));
    // assignment/mixed-group is an info the examples already have; the other four are the edits.
    expect(fromDisk.map((d) => d.rule).sort()).toEqual(['assignment/mixed-group', 'citation/date', 'ref/agency', 'text/nfc', 'text/whitespace']);
    expect(fromBuffer).toEqual(fromDisk);
    // The file on disk was not touched: the buffer alone was read.
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});
