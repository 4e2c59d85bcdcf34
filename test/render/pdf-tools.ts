// The PDF tests need LibreOffice and poppler. CI (`.ci/run`) installs them and the tests must run
// there. On a developer's machine without them, the same describe block tests instead what a
// user without LibreOffice sees — `render --to pdf` explaining how to install it — so that no
// test is silently skipped and `npm test` still passes on a fresh clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
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

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;

export interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}
export interface Line {
  words: Word[];
  xMin: number;
  yMin: number;
}
export interface Page {
  width: number;
  height: number;
  lines: Line[];
}

function number(el: Element, name: string): number {
  return Number(el.getAttribute(name));
}

/** Every page's lines and words with their boxes (points from the top left), from pdftotext -bbox-layout. */
export function readPages(pdf: string): Page[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const doc = new DOMParser().parseFromString(xhtml, 'text/xml');
  return Array.from(doc.getElementsByTagName('page')).map((page) => ({
    width: number(page, 'width'),
    height: number(page, 'height'),
    lines: Array.from(page.getElementsByTagName('line')).map((line) => ({
      xMin: number(line, 'xMin'),
      yMin: number(line, 'yMin'),
      words: Array.from(line.getElementsByTagName('word')).map((w) => ({
        text: w.textContent ?? '',
        xMin: number(w, 'xMin'),
        xMax: number(w, 'xMax'),
        yMin: number(w, 'yMin'),
        yMax: number(w, 'yMax'),
      })),
    })),
  }));
}

export const lineText = (line: Line): string => line.words.map((w) => w.text).join(' ');
