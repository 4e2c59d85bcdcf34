// `render -o -`: a preview on standard output (for a pipe or a quick look); a DOCX or PDF is
// refused there with the file to write instead, and no file named "-" is ever left behind.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { SON_LA } from './helpers.js';

describe('render -o -', () => {
  it('prints the Markdown preview and writes no file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kehoach-stdout-'));
    const r = await runCli(['render', SON_LA, '--to', 'md', '-o', '-'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# KẾ HOẠCH');
    expect(r.stdout).toContain('- Chỉ tiêu 20:');
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });

  it('refuses a DOCX on standard output, naming the file to write', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kehoach-stdout-'));
    const r = await runCli(['render', SON_LA, '-o', '-'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: Không thể in tệp DOCX ra màn hình; hãy ghi vào một tệp: -o son-la-93-kh-ubnd-2023.docx\n');
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });
});
