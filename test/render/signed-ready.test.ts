// Issue 17 in the DOCX (render.md "Signed-ready" and "The last details of the print"):
// --for-signing blanks, annexes in the plan and in files of their own, document symbols bound,
// the closing paragraph kept with the signature, headings kept with what follows. The same on
// the PDF LibreOffice makes: signed-ready-pdf.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers.js';
import { all, body, child, children, openPackage, PARTY_EXAMPLE, ROOT, SON_LA, textOf, wAttr, type Package } from './helpers.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/render/minimal/plan.yaml'), 'utf8');
const CONFIG = readFileSync(join(ROOT, 'test/fixtures/render/minimal/kehoach.config.yaml'), 'utf8');

/** The minimal plan, numbered and dated, with two annexes. */
const WITH_ANNEXES = MINIMAL.replace('number: null', 'number: 5/KH-UBND')
  .replace('date: null', 'date: 2024-03-01')
  .concat(
    [
      'annexes:',
      '  - title: Danh sách khách mời',
      '    body:',
      '      - "Đại diện Ủy ban nhân dân tỉnh (theo Công văn số 12/UBND-VX)."',
      '  - title: Chương trình ngày hội',
      '    body:',
      '      - "Buổi sáng: khai mạc."',
      '      - "Buổi chiều: bế mạc."',
      '',
    ].join('\n'),
  );

function annexRepo(): string {
  return makeRepo({ 'kehoach.config.yaml': CONFIG, 'plan.yaml': WITH_ANNEXES });
}

async function renderDocx(args: string[], cwd = ROOT): Promise<{ pkg: Package; stderr: string; stdout: string }> {
  const out = join(makeRepo({}), 'out.docx');
  const r = await runCli(['render', ...args, '-o', out], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return { pkg: await openPackage(readFileSync(out)), stderr: r.stderr, stdout: r.stdout };
}

function bodyParagraphs(pkg: Package): Element[] {
  return children(body(pkg.document), 'p');
}

function paragraphTexts(pkg: Package): string[] {
  return all(pkg.document, 'p').map(textOf);
}

function hasOn(p: Element, local: string): boolean {
  const pPr = child(p, 'pPr');
  return !!pPr && !!child(pPr, local);
}

describe('--for-signing (render.md "Signed-ready": number and date from the issuing system)', () => {
  it('leaves the number and the date blank whatever the YAML says, keeps the year, and says so on stderr', async () => {
    const { pkg, stderr } = await renderDocx([SON_LA, '--for-signing']);
    const texts = paragraphTexts(pkg);
    expect(texts).toContain('Số:      /KH-UBND');
    expect(texts).toContain('Sơn La, ngày     tháng     năm 2023');
    expect(texts.join('\n')).not.toContain('93/KH-UBND');
    expect(texts.join('\n')).not.toContain('ngày 03 tháng 4');
    expect(stderr).toBe(
      'kehoach: --for-signing: số và ngày của văn bản để trống để hệ thống phát hành điền khi ký số ' +
        '(Nghị định 30/2020/NĐ-CP, Điều 15.3); số, ngày ghi trong tệp YAML (93/KH-UBND, 2023-04-03) không được in.\n',
    );
  });

  it('says it in English with --lang en; the Party format keeps its own blank ("Số -KH/HU")', async () => {
    const { pkg, stderr } = await renderDocx([PARTY_EXAMPLE, '--for-signing', '--lang', 'en']);
    expect(stderr).toContain("--for-signing: the number and date are left blank for the issuing system");
    expect(stderr).toContain("the YAML's 12-KH/HU, 2024-03-20 is not printed");
    const texts = paragraphTexts(pkg);
    expect(texts).toContain('Số      -KH/HU');
    expect(texts).toContain('Tuy An, ngày     tháng     năm 2024');
  });

  it('renders exactly as before without it (no note on stderr)', async () => {
    const { pkg, stderr } = await renderDocx([SON_LA]);
    expect(stderr).toBe('');
    expect(paragraphTexts(pkg)).toContain('Số: 93/KH-UBND');
  });
});

describe('document symbols are never broken across lines (render.md "The last details of the print")', () => {
  it('writes the hyphen of every ký hiệu as w:noBreakHyphen and a word joiner after its slash, in the header, trích yếu and body', async () => {
    const { pkg } = await renderDocx([PARTY_EXAMPLE]);
    const numberRun = all(pkg.document, 'r').find((r) => textOf(r) === 'Số 12-KH/HU') as Element;
    expect(numberRun).toBeDefined();
    expect(all(numberRun, 't').map((t) => t.textContent)).toEqual(['Số 12', 'KH/\u2060HU']);
    expect(all(numberRun, 'noBreakHyphen')).toHaveLength(1);
    // No w:t anywhere holds a breakable symbol: a plain "-" between letters or digits, or a "/"
    // not followed by the word joiner inside a ký hiệu.
    for (const t of all(pkg.document, 't')) {
      const text = t.textContent ?? '';
      expect(text, text).not.toMatch(/(?:CT|CTr|KH|TW|TU|HU)-|-(?:CT|CTr|KH|TW|TU|HU)\b/u);
      expect(text, text).not.toMatch(/[\p{Lu}\p{N}]\/(?!\u2060)\p{Lu}/u);
    }
    const title = paragraphTexts(pkg).find((t) => t.startsWith('Thực hiện Chương trình hành động số 36-CTr/TU'));
    expect(title).toContain('Chỉ thị số 28-CT/TW ngày 25/12/2023');
  });

  it('leaves dates and spaced dashes alone ("29/02/2024", "chính trị - xã hội")', async () => {
    const { pkg } = await renderDocx([PARTY_EXAMPLE]);
    const joined = all(pkg.document, 't').map((t) => t.textContent ?? '').join('\n');
    expect(joined).toContain('29/02/2024');
    expect(joined).toContain('chính trị - xã hội');
  });
});

describe('keeping together (render.md "The last details of the print")', () => {
  it('keeps the closing paragraph whole and with the signature table, whose row does not split (Nơi nhận and the signature in it)', async () => {
    const { pkg } = await renderDocx([SON_LA]);
    const top = Array.from(body(pkg.document).childNodes).filter((n) => n.nodeType === 1 && (n as Element).localName !== 'sectPr') as Element[];
    const table = top[top.length - 1];
    expect(table.localName).toBe('tbl');
    const closing = top[top.length - 2];
    expect(textOf(closing)).toMatch(/^Trên đây là nội dung Kế hoạch .*\/\.$/);
    expect(hasOn(closing, 'keepNext')).toBe(true);
    expect(hasOn(closing, 'keepLines')).toBe(true);
    const rows = children(table, 'tr');
    expect(rows).toHaveLength(1);
    expect(child(child(rows[0], 'trPr') as Element, 'cantSplit')).toBeDefined();
    const cells = children(rows[0], 'tc').map(textOf);
    expect(cells[0]).toMatch(/^Nơi nhận:/);
    expect(cells[1]).toContain('Tráng Thị Xuân');
    // Only the closing is kept with what follows among the body's plain paragraphs.
    const kept = bodyParagraphs(pkg).filter((p) => hasOn(p, 'keepNext') && !child(child(p, 'pPr') as Element, 'pStyle'));
    expect(kept.map(textOf)).toEqual([textOf(closing)]);
  });

  it('keeps every heading with the paragraph after it (keepNext in the heading styles and on each heading)', async () => {
    const { pkg } = await renderDocx([SON_LA]);
    const headings = bodyParagraphs(pkg).filter((p) => child(child(p, 'pPr') as Element, 'pStyle'));
    expect(headings.length).toBeGreaterThan(10);
    for (const h of headings) expect(hasOn(h, 'keepNext'), textOf(h)).toBe(true);
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = all(pkg.styles, 'style').find((s) => wAttr(s, 'styleId') === id) as Element;
      expect(child(child(style, 'pPr') as Element, 'keepNext'), id).toBeDefined();
    }
  });

  it('leaves 30 mm (4 exact lines of 426 twips) between the position and the name, and nothing else in that column', async () => {
    const { pkg } = await renderDocx([SON_LA]);
    const tables = children(body(pkg.document), 'tbl');
    const signatureCell = children(children(tables[tables.length - 1], 'tr')[0], 'tc')[1];
    const lines = children(signatureCell, 'p');
    const texts = lines.map(textOf);
    expect(texts).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', '', '', '', '', 'Tráng Thị Xuân']);
    const blanks = lines.slice(3, 7);
    for (const p of blanks) {
      const spacing = child(child(p, 'pPr') as Element, 'spacing') as Element;
      expect(wAttr(spacing, 'line')).toBe('426');
      expect(wAttr(spacing, 'lineRule')).toBe('exact');
      expect(all(p, 'r')).toHaveLength(0);
    }
  });
});

describe('annexes (render.md "Annexes" and "Signed-ready")', () => {
  it('prints each annex on a new page after the signature: "Phụ lục I", its title upper case, the "Kèm theo" line in italics', async () => {
    const repo = annexRepo();
    const { pkg } = await renderDocx(['plan.yaml'], repo);
    const paragraphs = bodyParagraphs(pkg);
    const texts = paragraphs.map(textOf);
    const first = texts.indexOf('Phụ lục I');
    expect(first).toBeGreaterThan(0);
    expect(hasOn(paragraphs[first], 'pageBreakBefore')).toBe(true);
    expect(texts.slice(first, first + 4)).toEqual([
      'Phụ lục I',
      'DANH SÁCH KHÁCH MỜI',
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân xã Thử Nghiệm)',
      'Đại diện Ủy ban nhân dân tỉnh (theo Công văn số 12/UBND-VX).',
    ]);
    const attached = all(paragraphs[first + 2], 'r')[0];
    expect(child(child(attached, 'rPr') as Element, 'i')).toBeDefined();
    const second = texts.indexOf('Phụ lục II');
    expect(hasOn(paragraphs[second], 'pageBreakBefore')).toBe(true);
    expect(texts[second + 1]).toBe('CHƯƠNG TRÌNH NGÀY HỘI');
    // The annexes come after the signature table.
    const top = Array.from(body(pkg.document).childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(top.findIndex((e) => e.localName === 'tbl' && textOf(e).includes('Nơi nhận'))).toBeLessThan(top.indexOf(paragraphs[first]));
  });

  it('--split-annexes writes the plan without its annexes and one file per annex, each starting with the free band at the top', async () => {
    const repo = annexRepo();
    const r = await runCli(['render', 'plan.yaml', '--split-annexes', '-o', 'ke-hoach.docx'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe([join(repo, 'ke-hoach.docx'), join(repo, 'ke-hoach.phu-luc-1.docx'), join(repo, 'ke-hoach.phu-luc-2.docx'), ''].join('\n'));
    const main = await openPackage(readFileSync(join(repo, 'ke-hoach.docx')));
    expect(paragraphTexts(main).join('\n')).not.toContain('Phụ lục');
    const annex = await openPackage(readFileSync(join(repo, 'ke-hoach.phu-luc-2.docx')));
    const paragraphs = bodyParagraphs(annex);
    // First the empty band kept for the agency's signature (35 mm = 1985 twips), then the heading.
    const band = child(child(paragraphs[0], 'pPr') as Element, 'spacing') as Element;
    expect(textOf(paragraphs[0])).toBe('');
    expect(wAttr(band, 'line')).toBe('1985');
    expect(wAttr(band, 'lineRule')).toBe('exact');
    expect(paragraphs.slice(1).map(textOf)).toEqual([
      'Phụ lục II',
      'CHƯƠNG TRÌNH NGÀY HỘI',
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân xã Thử Nghiệm)',
      'Buổi sáng: khai mạc.',
      'Buổi chiều: bế mạc.',
    ]);
    expect(all(annex.document, 'tbl')).toHaveLength(0);
    const core = await annex.text('docProps/core.xml');
    expect(core).toContain('<dc:title>Phụ lục II: Chương trình ngày hội (Kèm theo Kế hoạch số 05/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân xã Thử Nghiệm)</dc:title>');
  });

  it('--annex N writes that annex alone, to -o or beside the plan\'s default name; a draft\'s mark goes to the left', async () => {
    const repo = annexRepo();
    const r = await runCli(['render', 'plan.yaml', '--annex', '1', '--draft'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${join(repo, 'ke-hoach-toi-gian.phu-luc-1.docx')}\n`);
    expect(readdirSync(repo).filter((f) => f.endsWith('.docx'))).toEqual(['ke-hoach-toi-gian.phu-luc-1.docx']);
    const annex = await openPackage(readFileSync(join(repo, 'ke-hoach-toi-gian.phu-luc-1.docx')));
    const [mark] = bodyParagraphs(annex);
    expect(textOf(mark)).toBe('DỰ THẢO');
    const indent = child(child(mark, 'pPr') as Element, 'ind') as Element;
    expect(wAttr(indent, 'left')).toBe('0');
    expect(Number(wAttr(indent, 'right'))).toBeGreaterThan(5000);
    const single = join(repo, 'only.docx');
    expect((await runCli(['render', 'plan.yaml', '--annex', '2', '-o', single], { cwd: repo })).code).toBe(0);
    expect(paragraphTexts(await openPackage(readFileSync(single)))).toContain('Phụ lục II');
  });

  it('shows the annexes after the signature in the md and html previews', async () => {
    const repo = annexRepo();
    const md = await runCli(['render', 'plan.yaml', '--to', 'md', '-o', '-'], { cwd: repo });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout.slice(md.stdout.indexOf('**Nguyễn Văn A**'))).toBe(
      [
        '**Nguyễn Văn A**',
        '',
        '---',
        '',
        '**Phụ lục I**',
        '',
        '**DANH SÁCH KHÁCH MỜI**',
        '',
        '*(Kèm theo Kế hoạch số 05/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân xã Thử Nghiệm)*',
        '',
        'Đại diện Ủy ban nhân dân tỉnh (theo Công văn số 12/UBND-VX).',
        '',
        '---',
        '',
        '**Phụ lục II**',
        '',
        '**CHƯƠNG TRÌNH NGÀY HỘI**',
        '',
        '*(Kèm theo Kế hoạch số 05/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân xã Thử Nghiệm)*',
        '',
        'Buổi sáng: khai mạc.',
        '',
        'Buổi chiều: bế mạc.',
        '',
        '',
      ].join('\n'),
    );
    const html = await runCli(['render', 'plan.yaml', '--to', 'html', '-o', '-'], { cwd: repo });
    expect(html.stdout).toContain('<div class="annex"><div class="doctype">Phụ lục II</div><div class="title">CHƯƠNG TRÌNH NGÀY HỘI</div>');
  });

  it('refuses an annex the plan does not have, both options at once, and a preview (exit 2, nothing written)', async () => {
    const repo = annexRepo();
    const missing = await runCli(['render', 'plan.yaml', '--annex', '3'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không có phụ lục số 3: kế hoạch có 2 phụ lục.');
    const both = await runCli(['render', 'plan.yaml', '--annex', '1', '--split-annexes'], { cwd: repo });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Không dùng --annex cùng với --split-annexes.');
    const preview = await runCli(['render', 'plan.yaml', '--split-annexes', '--to', 'md'], { cwd: repo });
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain('--annex và --split-annexes chỉ dùng với --to docx hoặc --to pdf.');
    const none = await runCli(['render', SON_LA, '--split-annexes', '-o', join(repo, 'x.docx')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--split-annexes: kế hoạch không có phụ lục nào (annexes:).');
    const zero = await runCli(['render', 'plan.yaml', '--annex', '0'], { cwd: repo });
    expect(zero.code).toBe(2);
    expect(readdirSync(repo).filter((f) => f.endsWith('.docx') || f.endsWith('.md'))).toEqual([]);
    expect(existsSync(join(repo, 'x.docx'))).toBe(false);
  });
});


