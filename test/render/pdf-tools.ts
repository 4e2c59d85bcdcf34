// The PDF tests need LibreOffice and poppler. CI (`.ci/run`) installs them and the tests must run
// there. On a developer's machine without them, the same describe block tests instead what a
// user without LibreOffice sees — `render --to pdf` explaining how to install it — so that no
// test is silently skipped and `npm test` still passes on a fresh clone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers.js';
import { SON_LA } from './helpers.js';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const toolsPresent = has('soffice') && has('pdftotext');
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

export function describeWithPdfTools(name: string, body: () => void): void {
  if (toolsPresent || inCi) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it('LibreOffice is not installed here: render --to pdf says how to install it (the PDF checks run in CI)', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'kehoach-nopdf-')), 'x.pdf');
      const r = spawnCli(['render', SON_LA, '--to', 'pdf', '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('apt-get install');
    });
  });
}
