// render.md "Party format" (Hướng dẫn 36-HD/VPTW), read back from the Party example's
// word/document.xml: examples/plans/vi-du-huyen-uy-tuy-an-kh-12-2024.yaml. Sizes in half-points.
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, body, child, children, openPackage, PARTY_EXAMPLE, renderInProcess, runFormat, textOf, wAttr, type Package } from './helpers.js';

let pkg: Package;
let tables: Element[];

beforeAll(async () => {
  pkg = await openPackage(await renderInProcess(PARTY_EXAMPLE));
  tables = children(body(pkg.document), 'tbl');
});

const cells = (el: Element) => all(el, 'tc');
const textParagraphs = (el: Element) => children(el, 'p').filter((p) => textOf(p).length > 0);
const bottomBorder = (p: Element | undefined) => {
  const pBdr = p ? child(child(p, 'pPr') as Element, 'pBdr') : undefined;
  return pBdr ? wAttr(child(pBdr, 'bottom'), 'val') : null;
};

describe('Party header (render.md "Party format")', () => {
  it('puts ĐẢNG CỘNG SẢN VIỆT NAM, 15 pt bold, on the right with a drawn line under it and no motto', () => {
    const right = cells(children(tables[0], 'tr')[0])[1];
    const lines = textParagraphs(right);
    expect(lines.map(textOf)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(runFormat(lines[0])).toEqual({ size: 30, bold: true, italic: false, underline: false });
    const paragraphs = children(right, 'p');
    const under = paragraphs[paragraphs.indexOf(lines[0]) + 1];
    expect(bottomBorder(under)).toBe('single');
    expect(textOf(under)).toBe('');
  });

  it('puts the superior body 14 pt upright, the issuing body 14 pt bold and a centred "*" under it on the left', () => {
    const left = cells(children(tables[0], 'tr')[0])[0];
    const lines = textParagraphs(left);
    expect(lines.map(textOf)).toEqual(['ĐẢNG BỘ TỈNH PHÚ YÊN', 'HUYỆN ỦY TUY AN', '*']);
    expect(runFormat(lines[0])).toEqual({ size: 28, bold: false, italic: false, underline: false });
    expect(runFormat(lines[1])).toEqual({ size: 28, bold: true, italic: false, underline: false });
    expect(wAttr(child(child(lines[2], 'pPr') as Element, 'jc'), 'val')).toBe('center');
    // The star replaces the state's drawn line: no paragraph of the left cell has a border.
    for (const p of children(left, 'p')) expect(bottomBorder(p)).toBeNull();
  });

  it('writes "Số 12-KH/HU" without a colon, 14 pt upright, beside the place and date, 14 pt italic', () => {
    const [numberCell, dateCell] = cells(children(tables[0], 'tr')[1]);
    const number = textParagraphs(numberCell)[0];
    expect(textOf(number)).toBe('Số 12-KH/HU');
    expect(runFormat(number)).toEqual({ size: 28, bold: false, italic: false, underline: false });
    const date = textParagraphs(dateCell)[0];
    expect(textOf(date)).toBe('Tuy An, ngày 20 tháng 3 năm 2024');
    expect(runFormat(date)).toEqual({ size: 28, bold: false, italic: true, underline: false });
  });

  it('sets KẾ HOẠCH 16 pt bold, the trích yếu 14 pt bold and a row of dashes under it', () => {
    const top = children(body(pkg.document), 'p');
    const docType = top.find((p) => textOf(p) === 'KẾ HOẠCH') as Element;
    expect(runFormat(docType)).toEqual({ size: 32, bold: true, italic: false, underline: false });
    const title = top[top.indexOf(docType) + 1];
    expect(textOf(title)).toMatch(/^Thực hiện Chương trình hành động số 36-CTr\/TU ngày 29\/02\/2024 /);
    expect(runFormat(title)).toEqual({ size: 28, bold: true, italic: false, underline: false });
    const dashes = top[top.indexOf(docType) + 2];
    expect(textOf(dashes)).toBe('-----');
    expect(wAttr(child(child(dashes, 'pPr') as Element, 'jc'), 'val')).toBe('center');
  });
});

describe('Party signature and Nơi nhận (render.md "Party format")', () => {
  const signature = () => tables[tables.length - 1];

  it('signs "T/M BAN THƯỜNG VỤ" 14 pt bold, "PHÓ BÍ THƯ" 14 pt upper case not bold, the name 14 pt bold', () => {
    const right = cells(signature())[1];
    const lines = textParagraphs(right);
    expect(lines.map(textOf)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Văn Ví Dụ']);
    expect(runFormat(lines[0])).toEqual({ size: 28, bold: true, italic: false, underline: false });
    expect(runFormat(lines[1])).toEqual({ size: 28, bold: false, italic: false, underline: false });
    expect(runFormat(lines[2])).toEqual({ size: 28, bold: true, italic: false, underline: false });
    // 4 empty lines for the signature and seal between the position and the name.
    const paragraphs = children(right, 'p');
    expect(paragraphs.indexOf(lines[2]) - paragraphs.indexOf(lines[1])).toBe(5);
  });

  it('underlines "Nơi nhận:" at 14 pt (not italic), sets the items at 12 pt, ending "," and "Lưu …."', () => {
    const left = cells(signature())[0];
    const [label, ...items] = textParagraphs(left);
    expect(textOf(label)).toBe('Nơi nhận:');
    expect(runFormat(label)).toEqual({ size: 28, bold: false, italic: false, underline: true });
    expect(items.map(textOf)).toEqual([
      '- Ban Thường vụ Tỉnh ủy (để báo cáo),',
      '- Ban Tuyên giáo Tỉnh ủy,',
      '- Các đồng chí Huyện ủy viên,',
      '- Ban Tuyên giáo Huyện ủy,',
      '- Ủy ban Kiểm tra Huyện ủy,',
      '- Ủy ban nhân dân huyện,',
      '- Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện,',
      '- Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy,',
      '- Lưu Văn phòng Huyện ủy.',
    ]);
    for (const p of items) expect(runFormat(p)).toEqual({ size: 24, bold: false, italic: false, underline: false });
  });
});
