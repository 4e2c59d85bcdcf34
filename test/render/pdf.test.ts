// Positions on the PDF that LibreOffice makes (render.md "How it is checked"): the motto in the
// right half of page 1, body text 30 ± 1 mm from the left edge, no page number on page 1, "2"
// centred at the top of page 2, and the Sơn La example on 8 ± 2 pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../helpers.js';
import { ROOT, SON_LA } from './helpers.js';
import { describeWithPdfTools, lineText, MM, readPages, type Line, type Page } from './pdf-tools.js';

const LEFT_MARGIN_MM = 30;
const RIGHT_MARGIN_MM = 15;

describeWithPdfTools('the PDF LibreOffice makes of the Sơn La example', () => {
  let work: string;
  let pages: Page[];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kehoach-pdf-test-'));
    buildDist();
    const pdf = join(work, 'son-la.pdf');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/kehoach.js'), 'render', SON_LA, '--to', 'pdf', '-o', pdf], { cwd: work, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    pages = readPages(pdf);
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has 8 ± 2 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeLessThanOrEqual(10);
  });

  it('puts the motto in the right half of page 1, on one line with the national name above it', () => {
    const [page] = pages;
    const motto = page.lines.find((l) => lineText(l) === 'Độc lập - Tự do - Hạnh phúc');
    expect(motto, page.lines.map(lineText).slice(0, 8).join(' | ')).toBeDefined();
    expect((motto as Line).xMin).toBeGreaterThan(page.width / 2);
    const national = page.lines.find((l) => lineText(l) === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(national, 'the national name must not wrap').toBeDefined();
    expect((national as Line).yMin).toBeLessThan((motto as Line).yMin);
    const issuer = page.lines.find((l) => lineText(l) === 'ỦY BAN NHÂN DÂN');
    expect((issuer as Line).xMin).toBeLessThan(page.width / 2);
  });

  it('starts the body\'s continuation lines 30 ± 1 mm from the left edge', () => {
    const page = pages[1];
    const bodyLines = page.lines.filter((l) => l.yMin > 20 * MM && l.words.length > 3);
    expect(bodyLines.length).toBeGreaterThan(20);
    const starts = bodyLines.map((l) => l.xMin / MM);
    const atMargin = starts.filter((x) => Math.abs(x - LEFT_MARGIN_MM) <= 1);
    expect(atMargin.length).toBeGreaterThanOrEqual(10);
    // Every line starts either at the margin (continuation lines) or 1.27 cm in (first lines).
    for (const x of starts) {
      const distance = Math.min(Math.abs(x - LEFT_MARGIN_MM), Math.abs(x - (LEFT_MARGIN_MM + 12.7)));
      expect(distance, `a line starts at ${x.toFixed(1)} mm`).toBeLessThanOrEqual(1);
    }
    expect(starts.some((x) => Math.abs(x - (LEFT_MARGIN_MM + 12.7)) <= 1)).toBe(true);
  });

  it('prints no page number on page 1', () => {
    const [page] = pages;
    const inTopMargin = page.lines.filter((l) => l.yMin < 19 * MM);
    expect(inTopMargin.map(lineText)).toEqual([]);
    expect(page.lines.some((l) => lineText(l) === '1')).toBe(false);
  });

  it('prints "2" centred in the top margin of page 2', () => {
    const page = pages[1];
    const number = page.lines.find((l) => lineText(l) === '2');
    expect(number).toBeDefined();
    const word = (number as Line).words[0];
    expect(word.yMax).toBeLessThan(20 * MM);
    const centre = (word.xMin + word.xMax) / 2 / MM;
    const textCentre = (LEFT_MARGIN_MM + (page.width / MM - RIGHT_MARGIN_MM)) / 2;
    expect(Math.abs(centre - textCentre)).toBeLessThan(2);
  });
});
