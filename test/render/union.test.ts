// render.md "Union format": the Phú Yên plan (examples/plans/phu-yen-40-kh-ldld-2024.yaml) in the
// state layout with the union's names, as seed 002 prints it. Sizes in half-points.
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, body, child, children, openPackage, PHU_YEN, renderInProcess, runFormat, textOf, wAttr, type Package } from './helpers.js';

let pkg: Package;
let tables: Element[];

beforeAll(async () => {
  pkg = await openPackage(await renderInProcess(PHU_YEN));
  tables = children(body(pkg.document), 'tbl');
});

const cells = (el: Element) => all(el, 'tc');
const textParagraphs = (el: Element) => children(el, 'p').filter((p) => textOf(p).length > 0);

describe('union header (render.md "Union format")', () => {
  it('prints the governing body in its short form, 13 pt upright, over the issuing union, 13 pt bold, with a drawn line', () => {
    const left = cells(children(tables[0], 'tr')[0])[0];
    const lines = textParagraphs(left);
    expect(textOf(lines[0])).toBe('TỔNG LĐLĐ VIỆT NAM');
    expect(runFormat(lines[0])).toEqual({ size: 26, bold: false, italic: false, underline: false });
    // The issuer may take two lines in the 38 % column; together they are the full name.
    expect(lines.slice(1).map(textOf).join(' ')).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN');
    for (const p of lines.slice(1)) expect(runFormat(p)).toEqual({ size: 26, bold: true, italic: false, underline: false });
    const paragraphs = children(left, 'p');
    const under = paragraphs[paragraphs.indexOf(lines[lines.length - 1]) + 1];
    const pBdr = child(child(under, 'pPr') as Element, 'pBdr') as Element;
    expect(wAttr(child(pBdr, 'bottom'), 'val')).toBe('single');
    expect(textParagraphs(left).map(textOf)).not.toContain('*');
  });

  it('keeps the national name and motto on the right', () => {
    const right = cells(children(tables[0], 'tr')[0])[1];
    const [name, motto] = textParagraphs(right);
    expect(textOf(name)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runFormat(name)).toEqual({ size: 26, bold: true, italic: false, underline: false });
    expect(textOf(motto)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(runFormat(motto)).toEqual({ size: 28, bold: true, italic: false, underline: false });
  });

  it('writes "Số: 40/KH-LĐLĐ" with its colon beside "Phú Yên, ngày 23 tháng 4 năm 2024"', () => {
    const [numberCell, dateCell] = cells(children(tables[0], 'tr')[1]);
    expect(textParagraphs(numberCell).map(textOf)).toEqual(['Số: 40/KH-LĐLĐ']);
    expect(runFormat(textParagraphs(numberCell)[0])).toEqual({ size: 26, bold: false, italic: false, underline: false });
    expect(textParagraphs(dateCell).map(textOf)).toEqual(['Phú Yên, ngày 23 tháng 4 năm 2024']);
  });
});

describe('union signature (render.md "Union format", "Signature and recipients")', () => {
  it('signs "TM. BAN THƯỜNG VỤ" / "PHÓ CHỦ TỊCH" / the name, all 14 pt bold', () => {
    const right = cells(tables[tables.length - 1])[1];
    const lines = textParagraphs(right);
    expect(lines.map(textOf)).toEqual(['TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Huyền']);
    for (const p of lines) expect(runFormat(p)).toEqual({ size: 28, bold: true, italic: false, underline: false });
  });

  it('sets "Nơi nhận:" 12 pt bold italic and the items 11 pt, ending ";" and "Lưu: …."', () => {
    const left = cells(tables[tables.length - 1])[0];
    const [label, ...items] = textParagraphs(left);
    expect(textOf(label)).toBe('Nơi nhận:');
    expect(runFormat(label)).toEqual({ size: 24, bold: true, italic: true, underline: false });
    expect(items.map(textOf)).toEqual([
      '- Ban Dân vận TU;',
      '- BTV LĐLĐ tỉnh;',
      '- LĐLĐ các huyện, tx, tp;',
      '- CĐ Ngành, KKT;',
      '- CĐCS đvttt;',
      '- Website CDPY;',
      '- Lưu: VP, Ban CSPL, QHLĐ và NC.',
    ]);
    for (const p of items) expect(runFormat(p)).toEqual({ size: 22, bold: false, italic: false, underline: false });
  });
});
