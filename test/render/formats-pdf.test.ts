// LibreOffice converts all three formats to PDF (issue 6, "Done when"), and on the Party
// example "ĐẢNG CỘNG SẢN VIỆT NAM" lies in the right half of page 1 with the Party body in the
// left half (render.md "Party format"). Without LibreOffice and poppler and outside CI, see
// test/render/pdf-tools.ts; under CI these checks always run, and fail if the tools are absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../helpers.js';
import { PARTY_EXAMPLE, PHU_YEN, ROOT, SON_LA } from './helpers.js';
import { describeWithPdfTools } from './pdf-tools.js';



interface Line {
  text: string;
  xMin: number;
  xMax: number;
}

/** Page 1's width and its lines (words joined by spaces), from pdftotext -bbox-layout. */
function firstPage(pdf: string): { width: number; lines: Line[] } {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const doc = new DOMParser().parseFromString(xhtml, 'text/xml');
  const page = doc.getElementsByTagName('page')[0];
  const lines = Array.from(page.getElementsByTagName('line')).map((line) => ({
    text: Array.from(line.getElementsByTagName('word')).map((w) => w.textContent ?? '').join(' '),
    xMin: Number(line.getAttribute('xMin')),
    xMax: Number(line.getAttribute('xMax')),
  }));
  return { width: Number(page.getAttribute('width')), lines };
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describeWithPdfTools('LibreOffice converts the three formats to PDF', () => {
  let work: string;
  const pdfs: Record<'state' | 'party' | 'union', string> = { state: '', party: '', union: '' };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kehoach-formats-pdf-'));
    buildDist();
    const plans = { state: SON_LA, party: PARTY_EXAMPLE, union: PHU_YEN } as const;
    for (const format of ['state', 'party', 'union'] as const) {
      const pdf = join(work, `${format}.pdf`);
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/kehoach.js'), 'render', plans[format], '--to', 'pdf', '-o', pdf], { cwd: work, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      pdfs[format] = pdf;
    }
  }, 360_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('gives each format a PDF of at least one page, with its own header words on page 1', () => {
    const words = { state: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', party: 'ĐẢNG CỘNG SẢN VIỆT NAM', union: 'TỔNG LĐLĐ VIỆT NAM' } as const;
    for (const format of ['state', 'party', 'union'] as const) {
      expect(pageCount(pdfs[format]), format).toBeGreaterThanOrEqual(1);
      expect(firstPage(pdfs[format]).lines.map((l) => l.text), format).toContain(words[format]);
    }
  });

  it('puts ĐẢNG CỘNG SẢN VIỆT NAM in the right half of page 1 of the Party example, the Party body in the left half', () => {
    const page = firstPage(pdfs.party);
    const party = page.lines.find((l) => l.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party, page.lines.slice(0, 8).map((l) => l.text).join(' | ')).toBeDefined();
    expect((party as Line).xMin).toBeGreaterThan(page.width / 2);
    for (const text of ['ĐẢNG BỘ TỈNH PHÚ YÊN', 'HUYỆN ỦY TUY AN', 'Số 12-KH/HU']) {
      const line = page.lines.find((l) => l.text === text);
      expect(line, text).toBeDefined();
      expect((line as Line).xMax, text).toBeLessThan(page.width / 2);
    }
    // The union keeps the motto on the right (render.md "Union format").
    const union = firstPage(pdfs.union);
    const motto = union.lines.find((l) => l.text === 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toBeDefined();
    expect((motto as Line).xMin).toBeGreaterThan(union.width / 2);
  });
});
