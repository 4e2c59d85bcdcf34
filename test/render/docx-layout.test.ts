// render.md's figures, read back from the Sơn La example's word/document.xml and styles.xml.
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  all,
  body,
  child,
  children,
  isOn,
  openPackage,
  paragraphStyle,
  relationships,
  relId,
  renderInProcess,
  runFormat,
  SON_LA,
  textOf,
  wAttr,
  type Package,
} from './helpers.js';

let pkg: Package;
let tables: Element[];

beforeAll(async () => {
  pkg = await openPackage(await renderInProcess(SON_LA));
  tables = children(body(pkg.document), 'tbl');
});

const cells = (table: Element) => all(table, 'tc');
const textParagraphs = (el: Element) => children(el, 'p').filter((p) => textOf(p).length > 0);
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');

/** A paragraph that draws a line: a bottom border, and no text at all (never typed hyphens). */
function expectDrawnLine(p: Element | undefined): void {
  expect(p).toBeDefined();
  const border = child(child(child(p as Element, 'pPr') as Element, 'pBdr') as Element, 'bottom');
  expect(wAttr(border, 'val')).toBe('single');
  expect(textOf(p as Element)).toBe('');
}

describe('page (render.md "Page")', () => {
  it('is A4 portrait with 20/20/30/15 mm margins and a distinct first page', () => {
    const sectPr = child(body(pkg.document), 'sectPr') as Element;
    const pgSz = child(sectPr, 'pgSz');
    expect([wAttr(pgSz, 'w'), wAttr(pgSz, 'h')]).toEqual(['11906', '16838']);
    const pgMar = child(sectPr, 'pgMar');
    expect(['top', 'bottom', 'left', 'right'].map((side) => wAttr(pgMar, side))).toEqual(['1134', '1134', '1701', '851']);
    expect(child(sectPr, 'titlePg')).toBeDefined();
    expect(isOn(sectPr, 'titlePg')).toBe(true);
  });

  it('sets Times New Roman in all four font slots and vi-VN in the default run style', () => {
    const rPr = child(child(child(all(pkg.styles, 'docDefaults')[0], 'rPrDefault') as Element, 'rPr') as Element, 'rFonts');
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(wAttr(rPr, slot)).toBe('Times New Roman');
    const lang = all(all(pkg.styles, 'rPrDefault')[0], 'lang')[0];
    expect(wAttr(lang, 'val')).toBe('vi-VN');
    const size = all(all(pkg.styles, 'rPrDefault')[0], 'sz')[0];
    expect(wAttr(size, 'val')).toBe('28');
  });

  it('puts a centred 14 pt PAGE field in the default header and nothing in the first-page header', async () => {
    const sectPr = child(body(pkg.document), 'sectPr') as Element;
    const rels = await relationships(pkg, 'word/document.xml');
    const refs = new Map(children(sectPr, 'headerReference').map((h) => [wAttr(h, 'type'), rels.get(relId(h))]));
    expect(refs.get('default')).toBeDefined();
    expect(refs.get('first')).toBeDefined();
    const defaultHeader = await pkg.xml(`word/${refs.get('default')}`);
    const instructions = all(defaultHeader, 'instrText').map((i) => (i.textContent ?? '').trim());
    expect(instructions).toContain('PAGE');
    const p = all(defaultHeader, 'p')[0];
    expect(wAttr(child(child(p, 'pPr') as Element, 'jc'), 'val')).toBe('center');
    expect(wAttr(all(p, 'sz')[0], 'val')).toBe('28');
    const firstHeader = await pkg.xml(`word/${refs.get('first')}`);
    expect(all(firstHeader, 't').map((t) => t.textContent).join('')).toBe('');
    expect(all(firstHeader, 'instrText')).toHaveLength(0);
  });
});

describe('header block (render.md "Header block")', () => {
  it('is a two-row table with no border on the table or on any cell', () => {
    const header = tables[0];
    expect(children(header, 'tr')).toHaveLength(2);
    const tblBorders = child(child(header, 'tblPr') as Element, 'tblBorders') as Element;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(wAttr(child(tblBorders, side), 'val'), side).toBe('none');
    }
    for (const tc of cells(header)) {
      const tcBorders = child(child(tc, 'tcPr') as Element, 'tcBorders');
      expect(tcBorders).toBeDefined();
      const sides = Array.from((tcBorders as Element).childNodes).filter((n) => n.nodeType === 1) as Element[];
      expect(sides.length).toBeGreaterThanOrEqual(4);
      for (const side of sides) expect(wAttr(side, 'val')).toBe('none');
    }
  });

  it('gives the right column room for the national name (about 62 %, ≥ 5,650 twips of text)', () => {
    const grid = all(tables[0], 'gridCol').map((g) => Number(wAttr(g, 'w')));
    expect(grid[0] + grid[1]).toBe(11906 - 1701 - 851);
    expect(grid[1] / (grid[0] + grid[1])).toBeGreaterThan(0.58);
    expect(grid[1] / (grid[0] + grid[1])).toBeLessThan(0.66);
  });

  it('sets the issuer bold upper case 13 pt with a drawn line under it', () => {
    const left = cells(tables[0])[0];
    const lines = textParagraphs(left);
    expect(lines.map(textOf)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA']);
    for (const p of lines) {
      expect(runFormat(p)).toMatchObject({ size: 26, bold: true, italic: false });
      expect(isUpper(textOf(p))).toBe(true);
    }
    const paragraphs = children(left, 'p');
    expectDrawnLine(paragraphs[paragraphs.indexOf(lines[lines.length - 1]) + 1]);
  });

  it('sets the national name 13 pt bold upper case and the motto 14 pt bold, a drawn line under it', () => {
    const right = cells(tables[0])[1];
    const [name, motto] = textParagraphs(right);
    expect(textOf(name)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runFormat(name)).toMatchObject({ size: 26, bold: true, italic: false });
    expect(textOf(motto)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(runFormat(motto)).toMatchObject({ size: 28, bold: true, italic: false });
    const paragraphs = children(right, 'p');
    expectDrawnLine(paragraphs[paragraphs.indexOf(motto) + 1]);
    // No paragraph anywhere is a typed line.
    for (const p of all(pkg.document, 'p')) expect(textOf(p)).not.toMatch(/^[-_]{3,}$/);
  });

  it('puts "Số:" and the place-and-date on the same row, 13 pt upright and 14 pt italic, month 4 unpadded', () => {
    const [numberCell, dateCell] = cells(children(tables[0], 'tr')[1]);
    const number = textParagraphs(numberCell)[0];
    expect(textOf(number)).toBe('Số: 93/KH-UBND');
    expect(runFormat(number)).toMatchObject({ size: 26, bold: false, italic: false });
    const date = textParagraphs(dateCell)[0];
    expect(textOf(date)).toBe('Sơn La, ngày 03 tháng 4 năm 2023');
    expect(textOf(date)).not.toContain('tháng 04');
    expect(runFormat(date)).toMatchObject({ size: 28, bold: false, italic: true });
  });

  it('centres KẾ HOẠCH (14 pt bold) and the trích yếu (14 pt bold) under the table, with a drawn line', () => {
    const top = children(body(pkg.document), 'p');
    const docType = top.find((p) => textOf(p) === 'KẾ HOẠCH') as Element;
    expect(docType).toBeDefined();
    expect(runFormat(docType)).toMatchObject({ size: 28, bold: true });
    const title = top[top.indexOf(docType) + 1];
    expect(textOf(title)).toBe('Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023');
    expect(runFormat(title)).toMatchObject({ size: 28, bold: true });
    for (const p of [docType, title]) expect(wAttr(child(child(p, 'pPr') as Element, 'jc'), 'val')).toBe('center');
    expectDrawnLine(top[top.indexOf(docType) + 2]);
  });
});

describe('body (render.md "Body")', () => {
  const bodyParagraphs = () => {
    const top = children(body(pkg.document), 'p');
    const start = top.findIndex((p) => textOf(p) === 'KẾ HOẠCH') + 3;
    return top.slice(start).filter((p) => textOf(p).length > 0);
  };

  it('justifies every paragraph; text paragraphs have a 1.27 cm first-line indent, 6 pt after, single spacing', () => {
    const paragraphs = bodyParagraphs();
    expect(paragraphs.length).toBeGreaterThan(80);
    for (const p of paragraphs) {
      const pPr = child(p, 'pPr') as Element;
      expect(wAttr(child(pPr, 'jc'), 'val'), textOf(p)).toBe('both');
      const spacing = child(pPr, 'spacing');
      expect(wAttr(spacing, 'after')).toBe('120');
      expect(wAttr(spacing, 'line')).toBe('240');
      if (paragraphStyle(p) === 'Heading1') continue;
      expect(wAttr(child(pPr, 'ind'), 'firstLine'), textOf(p)).toBe('720');
    }
  });

  it('numbers sections with roman numerals in order, bold upper case, in a real heading style', () => {
    const sections = bodyParagraphs().filter((p) => paragraphStyle(p) === 'Heading1');
    expect(sections.map(textOf)).toEqual([
      'I. MỤC TIÊU',
      'II. NỘI DUNG THỰC HIỆN',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'V. CHẾ ĐỘ THÔNG TIN BÁO CÁO',
    ]);
    for (const p of sections) {
      expect(runFormat(p)).toMatchObject({ size: 28, bold: true });
      expect(isUpper(textOf(p).replace(/^[IVX]+\. /, ''))).toBe(true);
    }
    const styleIds = all(pkg.styles, 'style').map((s) => wAttr(s, 'styleId'));
    expect(styleIds).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'Heading3']));
    const heading1 = all(pkg.styles, 'style').find((s) => wAttr(s, 'styleId') === 'Heading1') as Element;
    expect(wAttr(all(heading1, 'outlineLvl')[0], 'val')).toBe('0');
  });

  it('numbers the indicators 1..20 continuously across the four groups a) to d)', () => {
    const texts = bodyParagraphs().map(textOf);
    const labels = texts.map((t) => /^- Chỉ tiêu (\d+): /.exec(t)?.[1]).filter((n): n is string => n !== undefined);
    expect(labels).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    const groups = texts.filter((t) => /^[a-d]\) /.test(t));
    expect(groups.map((g) => g[0])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('introduces bodies with request: true as "Đề nghị …" and ends with the plan\'s closing', () => {
    const texts = bodyParagraphs().map(textOf);
    expect(texts).toContain('8. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La');
    expect(texts).toContain('9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên');
    expect(texts[texts.length - 1]).toMatch(/^Trên đây là nội dung Kế hoạch/);
  });

  it('writes one reporting sentence for the reports with the same senders and recipient', () => {
    const paragraphs = bodyParagraphs();
    const heading = paragraphs.findIndex((p) => textOf(p) === 'V. CHẾ ĐỘ THÔNG TIN BÁO CÁO');
    const sentence = textOf(paragraphs[heading + 1]);
    expect(sentence).toContain('6 tháng đầu năm trước ngày 10/5');
    expect(sentence).toContain('báo cáo năm trước ngày 05/11');
    expect(sentence).toContain('về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh.');
    expect(sentence).toContain('phần IV');
  });
});

describe('signature and recipients (render.md "Signature and recipients")', () => {
  const signatureCells = () => cells(tables[tables.length - 1]);

  it('is a borderless table of two halves', () => {
    const table = tables[tables.length - 1];
    const tblBorders = child(child(table, 'tblPr') as Element, 'tblBorders') as Element;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(wAttr(child(tblBorders, side), 'val')).toBe('none');
    const grid = all(table, 'gridCol').map((g) => Number(wAttr(g, 'w')));
    expect(Math.abs(grid[0] - grid[1])).toBeLessThanOrEqual(1);
  });

  it('prints "Nơi nhận:" 12 pt bold italic and 11 pt items ending ";" then "." on the Lưu line', () => {
    const [label, ...items] = textParagraphs(signatureCells()[0]);
    expect(textOf(label)).toBe('Nơi nhận:');
    expect(runFormat(label)).toMatchObject({ size: 24, bold: true, italic: true });
    const texts = items.map(textOf);
    expect(texts).toEqual([
      '- Bộ Lao động - TBXH;',
      '- Chủ tịch UBND tỉnh;',
      '- Như phần IV;',
      '- Lãnh đạo Văn phòng UBND tỉnh;',
      '- Lưu: VT, KGVX, Phương.',
    ]);
    for (const p of items) expect(runFormat(p)).toMatchObject({ size: 22, bold: false, italic: false });
  });

  it('prints the authority and position bold upper case 14 pt, then the name bold as written after the blank lines', () => {
    const right = signatureCells()[1];
    const paragraphs = children(right, 'p');
    const lines = textParagraphs(right);
    expect(lines.map(textOf)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Tráng Thị Xuân']);
    for (const p of lines.slice(0, 3)) {
      expect(runFormat(p)).toMatchObject({ size: 28, bold: true });
      expect(isUpper(textOf(p).replace(/\./g, ''))).toBe(true);
    }
    expect(runFormat(lines[3])).toMatchObject({ size: 28, bold: true });
    const blanks = paragraphs.indexOf(lines[3]) - paragraphs.indexOf(lines[2]) - 1;
    expect(blanks).toBe(4);
  });
});

describe('the file itself (render.md "The file itself")', () => {
  it('stamps core properties with the plan\'s date and names no last editor', async () => {
    const core = await pkg.xml('docProps/core.xml');
    const text = (local: string) => Array.from(core.getElementsByTagName(local)).map((e) => e.textContent);
    expect(text('dcterms:created')).toEqual(['2023-04-03T00:00:00Z']);
    expect(text('dcterms:modified')).toEqual(['2023-04-03T00:00:00Z']);
    expect(text('cp:lastModifiedBy')).toEqual([]);
    expect(text('dc:title')).toEqual(['Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023']);
    expect(text('dc:creator')).toEqual(['Ủy ban nhân dân tỉnh Sơn La']);
  });

  it('carries no DỰ THẢO mark when final', () => {
    expect(all(pkg.document, 'p').some((p) => textOf(p).includes('DỰ THẢO'))).toBe(false);
  });
});
