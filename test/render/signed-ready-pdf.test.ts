// Issue 17 on the PDF that goes to digital signing (render.md "Signed-ready" and "The last
// details of the print"), for every example plan: PDF/A-2b with every font embedded, title,
// author and language in the metadata, no forms or JavaScript; no document symbol split across
// lines; the signature's page also holds the closing paragraph; no heading ends a page; 25 mm
// free between the position and the name. Then --for-signing, an annex's own file, and plans
// whose signature would fall alone on the last page. Without LibreOffice and poppler (outside
// CI), see pdf-tools.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentModel, renderDocxBytes } from '../../src/pipeline/render.js';
import type { DocModel } from '../../src/render/document/model.js';
import { symbolsIn } from '../../src/render/docx/symbols.js';
import { PDF_EXPORT_FILTER } from '../../src/render/pdf.js';
import { buildDist } from '../helpers.js';
import { ROOT, SON_LA, resolvedPlan } from './helpers.js';
import { describeWithPdfTools, lineText, MM, readPages, type Page, type Word } from './pdf-tools.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples/plans')).map((f) => join(ROOT, 'examples/plans', f));
const MINIMAL_DIR = join(ROOT, 'test/fixtures/render/minimal');
const TOP_MARGIN_MM = 20;
const LEFT_MARGIN_MM = 30;
const RIGHT_MARGIN_MM = 15;

interface Rendered {
  name: string;
  pdf: string;
  model: DocModel;
  pages: Page[];
}

const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin/kehoach.js'), ...args], { cwd, encoding: 'utf8' });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every line of the document in reading order, with the page it is on. */
function allLines(pages: Page[]): { page: number; text: string }[] {
  return pages.flatMap((page, i) => page.lines.map((line) => ({ page: i, text: lineText(line) })));
}

/** Every string the model prints. */
function printedStrings(model: DocModel): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ header: model.header, title: model.title, body: model.body, recipients: model.recipients, signature: model.signature });
  return out;
}

/** Each way a symbol could be cut at a "-" or "/": ["28-", "CT/TW"], ["28-CT/", "TW"]. */
function cuts(symbol: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 1; i < symbol.length; i++) if (symbol[i - 1] === '-' || symbol[i - 1] === '/') out.push([symbol.slice(0, i), symbol.slice(i)]);
  return out;
}

function splitSymbols(rendered: Rendered): string[] {
  const symbols = new Set(printedStrings(rendered.model).flatMap((s) => symbolsIn(s).map((m) => m.symbol)));
  const lines = allLines(rendered.pages);
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    for (const symbol of symbols) {
      for (const [head, tail] of cuts(symbol)) {
        if (lines[i].text.endsWith(head) && lines[i + 1].text.startsWith(tail)) found.push(`${symbol}: "${lines[i].text}" / "${lines[i + 1].text}"`);
      }
    }
  }
  return found;
}

/** The page whose lines hold `text` (a run of words, whitespace collapsed). */
function pageHolding(pages: Page[], text: string): number {
  const wanted = collapse(text);
  return pages.findIndex((p) => p.lines.some((l) => lineText(l) === wanted || lineText(l).includes(wanted)));
}

/** The pages of the first and last character of the last occurrence of `text` in the document, read across lines. */
function pagesOfText(pages: Page[], text: string): [number, number] {
  let joined = '';
  const pageAt: number[] = [];
  pages.forEach((page, i) => {
    for (const line of page.lines) {
      const piece = `${lineText(line)} `;
      joined += piece;
      pageAt.push(...Array.from(piece, () => i));
    }
  });
  const wanted = collapse(text);
  const start = joined.lastIndexOf(wanted);
  return start < 0 ? [-1, -1] : [pageAt[start], pageAt[start + wanted.length - 1]];
}

/** The closing paragraph's first and last words are on the page of the signer's name. */
function closingWithSignature(rendered: Rendered): { closing: [number, number]; name: number; pushed: boolean } {
  const closing = rendered.model.body.filter((b) => b.kind === 'paragraph' && b.closing).map((b) => b.text).join(' ');
  const [firstPage, lastPage] = pagesOfText(rendered.pages, closing);
  const name = pageHolding(rendered.pages, rendered.model.signature.name ?? '');
  // "pushed": the closing opens its page (under the page number, 10 mm from the top) — keepNext moved it there.
  const bodyLines = rendered.pages[firstPage].lines.filter((l) => l.yMin > 15 * MM);
  const first = collapse(closing).split(' ').slice(0, 4).join(' ');
  return { closing: [firstPage, lastPage], name, pushed: lineText(bodyLines[0]).startsWith(first) };
}

const HEADING_START = /^(?:[IVXLC]+|\d+|[a-zđ])[.)] /u;

/** Pages (but the last) whose last line is a heading or its first line. */
function headingsEndingPages(rendered: Rendered): string[] {
  const headings = rendered.model.body.filter((b) => b.kind !== 'paragraph').map((b) => collapse(b.text));
  const found: string[] = [];
  rendered.pages.slice(0, -1).forEach((page, i) => {
    const lines = page.lines.map(lineText);
    const last = lines[lines.length - 1];
    const before = lines[lines.length - 2] ?? '';
    const isHeadingStart = (t: string) => HEADING_START.test(t) && headings.some((h) => h.startsWith(t));
    if (isHeadingStart(last) || (headings.some((h) => h.endsWith(last) && h.startsWith(before)) && isHeadingStart(before))) found.push(`page ${i + 1}: ${last}`);
  });
  return found;
}

/** The words of the signature column (the right half of the text width) on `page`. */
function signatureColumn(page: Page): Word[] {
  const columnLeft = (LEFT_MARGIN_MM + (page.width / MM - LEFT_MARGIN_MM - RIGHT_MARGIN_MM) / 2) * MM;
  return page.lines.flatMap((l) => l.words).filter((w) => w.xMin >= columnLeft - 1);
}

/** The words of `column` that spell `text` on one row: their box. */
function rowOf(column: Word[], text: string): { yMin: number; yMax: number } | undefined {
  const rows = new Map<number, Word[]>();
  for (const w of column) rows.set(Math.round(w.yMin), [...(rows.get(Math.round(w.yMin)) ?? []), w]);
  for (const words of rows.values()) {
    if (words.map((w) => w.text).join(' ') === text) return { yMin: Math.min(...words.map((w) => w.yMin)), yMax: Math.max(...words.map((w) => w.yMax)) };
  }
  return undefined;
}

function pdfInfo(pdf: string, ...args: string[]): string {
  return execFileSync('pdfinfo', [...args, pdf], { encoding: 'utf8' });
}

describeWithPdfTools('the signed-ready PDF of every example (render.md "Signed-ready")', () => {
  let work: string;
  const examples: Rendered[] = [];
  let forSigning: Page[];
  let forSigningStderr: string;
  let annexPdf: string;
  let annexPages: Page[];
  let mainPages: Page[];
  const lonely: Rendered[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kehoach-signed-ready-'));
    buildDist();
    for (const plan of EXAMPLES) {
      const pdf = join(work, `${basename(plan, '.yaml')}.pdf`);
      const run = cli(['render', plan, '--to', 'pdf', '-o', pdf], work);
      expect(run.status, run.stderr).toBe(0);
      const { model } = await documentModel(resolvedPlan({ plan, cwd: ROOT, lang: 'vi' }), false);
      examples.push({ name: basename(plan), pdf, model, pages: readPages(pdf) });
    }
    const signing = cli(['render', SON_LA, '--to', 'pdf', '--for-signing', '-o', join(work, 'for-signing.pdf')], work);
    expect(signing.status, signing.stderr).toBe(0);
    forSigningStderr = signing.stderr;
    forSigning = readPages(join(work, 'for-signing.pdf'));

    // A plan with an annex, split into files of their own.
    const repo = join(work, 'annex-repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'kehoach.config.yaml'), readFileSync(join(MINIMAL_DIR, 'kehoach.config.yaml')));
    const withAnnex = readFileSync(join(MINIMAL_DIR, 'plan.yaml'), 'utf8') + 'annexes:\n  - title: Danh sách các đơn vị tham gia ngày hội của huyện và của các xã, thị trấn trên địa bàn\n    body:\n      - "Phòng Văn hóa và Thông tin; Huyện đoàn; Ủy ban nhân dân các xã, thị trấn."\n';
    writeFileSync(join(repo, 'plan.yaml'), withAnnex);
    const split = cli(['render', 'plan.yaml', '--to', 'pdf', '--split-annexes', '-o', 'ke-hoach.pdf'], repo);
    expect(split.status, split.stderr).toBe(0);
    annexPdf = join(repo, 'ke-hoach.phu-luc-1.pdf');
    annexPages = readPages(annexPdf);
    mainPages = readPages(join(repo, 'ke-hoach.pdf'));

    // The minimal plan with 20 … 44 one-line funding paragraphs: somewhere in that range the
    // closing paragraph ends a page with no room left for the signature table under it.
    const lonelyDir = join(work, 'lonely');
    mkdirSync(lonelyDir);
    writeFileSync(join(lonelyDir, 'kehoach.config.yaml'), readFileSync(join(MINIMAL_DIR, 'kehoach.config.yaml')));
    const base = readFileSync(join(MINIMAL_DIR, 'plan.yaml'), 'utf8');
    const docs: { docx: string; model: DocModel }[] = [];
    for (let k = 20; k <= 44; k++) {
      const filler = Array.from({ length: k }, (_, i) => `    - "Nội dung kinh phí thứ ${i + 1}."`).join('\n');
      const planFile = join(lonelyDir, `plan-${k}.yaml`);
      writeFileSync(planFile, base.replace('id: ke-hoach-toi-gian', `id: ke-hoach-${k}`).replace('assignments:\n', `funding:\n  body:\n${filler}\nassignments:\n`));
      const resolved = resolvedPlan({ plan: planFile, cwd: lonelyDir, lang: 'vi' });
      const docx = join(lonelyDir, `plan-${k}.docx`);
      writeFileSync(docx, await renderDocxBytes(resolved, false));
      docs.push({ docx, model: (await documentModel(resolved, false)).model });
    }
    // One LibreOffice run for all of them, with the export options render --to pdf uses.
    const profile = pathToFileURL(join(work, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', PDF_EXPORT_FILTER, '--outdir', lonelyDir, ...docs.map((d) => d.docx)], { stdio: 'ignore', timeout: 300_000 });
    for (const { docx, model } of docs) {
      const pdf = docx.replace(/\.docx$/, '.pdf');
      lonely.push({ name: basename(pdf), pdf, model, pages: readPages(pdf) });
    }
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is PDF/A-2b (pdfaid:part 2, conformance B in the XMP) with the title, the issuer as author and the language vi-VN', () => {
    expect(examples).toHaveLength(EXAMPLES.length);
    for (const { name, pdf, model } of examples) {
      const meta = pdfInfo(pdf, '-meta');
      expect(meta, name).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(meta, name).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      const info = pdfInfo(pdf);
      expect(/^Title:\s+(.*)$/m.exec(info)?.[1], name).toBe(model.properties.title);
      expect(/^Author:\s+(.*)$/m.exec(info)?.[1], name).toBe(model.properties.creator);
      // The document catalog's /Lang entry (poppler does not print it).
      expect(readFileSync(pdf).toString('latin1'), name).toContain('/Lang(vi-VN)');
      expect(info, name).toMatch(/^Form:\s+none$/m);
      expect(info, name).toMatch(/^JavaScript:\s+no$/m);
    }
  });

  it('embeds every font (pdffonts: emb yes on every row)', () => {
    for (const { name, pdf } of examples) {
      const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length, name).toBeGreaterThan(0);
      // name, type (one or two words), encoding, emb, sub, uni, object number, generation.
      for (const row of rows) expect(row.trim().split(/\s+/).slice(-5)[0], `${name}: ${row}`).toBe('yes');
    }
  });

  it('never splits a document symbol across lines; the Party example keeps "28-CT/TW" on one line of its trích yếu', () => {
    for (const rendered of examples) expect(splitSymbols(rendered), rendered.name).toEqual([]);
    const party = examples.find((e) => e.model.format === 'party') as Rendered;
    const titleLines = party.pages[0].lines.map(lineText);
    const start = titleLines.indexOf('KẾ HOẠCH');
    const withSymbol = titleLines.slice(start + 1, start + 6).filter((l) => l.includes('28-CT/TW'));
    expect(withSymbol, titleLines.join(' | ')).toHaveLength(1);
    expect(withSymbol[0]).toContain('Chỉ thị số 28-CT/TW');
  });

  it('puts the closing paragraph on the page of the signature, and no heading at the foot of a page', () => {
    for (const rendered of examples) {
      const { closing, name } = closingWithSignature(rendered);
      expect(name, rendered.name).toBeGreaterThanOrEqual(0);
      expect(closing, rendered.name).toEqual([name, name]);
      expect(headingsEndingPages(rendered), rendered.name).toEqual([]);
    }
  });

  it('leaves at least 25 mm free between the position and the signer\'s name, with nothing else in that column', () => {
    for (const { name, model, pages } of examples) {
      const sig = model.signature;
      const page = pages[pageHolding(pages, sig.name ?? '')];
      const column = signatureColumn(page);
      const position = rowOf(column, sig.position ?? '');
      const signer = rowOf(column, sig.name ?? '');
      expect(position, `${name}: ${column.map((w) => w.text).join(' ')}`).toBeDefined();
      expect(signer, name).toBeDefined();
      const gap = ((signer as { yMin: number }).yMin - (position as { yMax: number }).yMax) / MM;
      expect(gap, name).toBeGreaterThanOrEqual(25);
      const inside = column.filter((w) => w.yMin > (position as { yMax: number }).yMax && w.yMax < (signer as { yMin: number }).yMin);
      expect(inside.map((w) => w.text), name).toEqual([]);
    }
  });

  it('--for-signing: the PDF leaves the number and date blank and stderr says so', () => {
    // The blanks part the words into lines of their own: read page 1 as one text.
    const page1 = forSigning[0].lines.map(lineText).join(' ');
    expect(page1).toContain('Số: /KH-UBND');
    expect(page1).toContain('Sơn La, ngày tháng năm 2023');
    expect(forSigning.flatMap((p) => p.lines.map(lineText)).join('\n')).not.toContain('93/KH-UBND');
    expect(forSigningStderr).toContain('kehoach: --for-signing: số và ngày của văn bản để trống');
  });

  it('an annex in its own file: nothing at the top right of page 1, then "Phụ lục" and its title; the plan\'s file without it', () => {
    const [page] = annexPages;
    // The 35 mm band under the top margin (1 pt for the rounding of the word boxes).
    const band = (TOP_MARGIN_MM + 35) * MM - 1;
    const topRight = page.lines.flatMap((l) => l.words).filter((w) => w.xMax > page.width / 2 && w.yMin < band);
    expect(topRight.map((w) => w.text)).toEqual([]);
    const lines = page.lines.map(lineText);
    expect(lines[0]).toBe('Phụ lục');
    expect(lines[1]).toMatch(/^DANH SÁCH CÁC ĐƠN VỊ THAM GIA/);
    expect(pdfInfo(annexPdf, '-meta')).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(mainPages.flatMap((p) => p.lines.map(lineText)).join('\n')).not.toContain('Phụ lục');
  });

  it('a plan whose signature would stand alone on the last page carries its closing paragraph there', () => {
    expect(lonely).toHaveLength(25);
    let pushed = 0;
    for (const rendered of lonely) {
      const { closing, name, pushed: wasPushed } = closingWithSignature(rendered);
      expect(closing, rendered.name).toEqual([name, name]);
      expect(headingsEndingPages(rendered), rendered.name).toEqual([]);
      if (wasPushed) pushed++;
    }
    // The range holds the case itself: the closing paragraph moved to the top of a new page.
    expect(pushed).toBeGreaterThan(0);
  });
});
