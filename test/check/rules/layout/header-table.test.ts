// layout/header-table: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph. Borders come from the table's style too
// (w:tblStyle → styles.xml, along basedOn), as Word draws them.
import type { Document, Element } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { broken, describeLayoutRule, findings, W, wAll } from '../../helpers.js';

describeLayoutRule('layout/header-table', [
  {
    what: 'a visible top border on the first cell of the header table (a cell border wins over the table border)',
    edit: (doc) => {
      wAll(wAll(doc, 'tcBorders')[0], 'top')[0].setAttributeNS(W, 'w:val', 'single');
      return 1;
    },
  },
]);

const EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

function el(doc: Document, local: string, attrs: Record<string, string> = {}, ...children: Element[]): Element {
  const e = doc.createElementNS(W, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `w:${k}`, v);
  for (const c of children) e.appendChild(c);
  return e;
}

interface TableStyle {
  id: string;
  basedOn?: string;
  /** w:val of every edge of its w:tblBorders; none set when absent. */
  borders?: string;
  isDefault?: boolean;
}

/** styles.xml with these table styles added (a default one replaces the document's default). */
function addTableStyles(doc: Document, styles: TableStyle[]): void {
  const root = doc.documentElement!;
  for (const s of styles) {
    if (s.isDefault) for (const old of wAll(doc, 'style')) if (old.getAttributeNS(W, 'type') === 'table') old.removeAttributeNS(W, 'default');
    const style = el(doc, 'style', { type: 'table', styleId: s.id, ...(s.isDefault ? { default: '1' } : {}) }, el(doc, 'name', { val: s.id }));
    if (s.basedOn) style.appendChild(el(doc, 'basedOn', { val: s.basedOn }));
    if (s.borders) style.appendChild(el(doc, 'tblPr', {}, el(doc, 'tblBorders', {}, ...EDGES.map((e) => el(doc, e, { val: s.borders!, sz: '4', color: 'auto' })))));
    root.appendChild(style);
  }
}

/** The header table without borders of its own (table and cells), styled `styleId` (none: the default table style). */
function headerTableStyled(doc: Document, styleId: string | undefined): void {
  const table = wAll(doc, 'tbl')[0];
  const tblPr = wAll(table, 'tblPr')[0];
  for (const own of [...wAll(tblPr, 'tblBorders'), ...wAll(table, 'tcBorders')]) own.parentNode!.removeChild(own);
  if (styleId) tblPr.insertBefore(el(doc, 'tblStyle', { val: styleId }), tblPr.firstChild);
}

/** The good document with these table styles and its header table styled by `styleId` alone. */
async function styled(styles: TableStyle[], styleId: string | undefined): Promise<string[]> {
  const document = await broken((doc) => headerTableStyled(doc, styleId));
  return findings(await broken((doc) => addTableStyles(doc, styles), 'word/styles.xml', document));
}

describe('layout/header-table: borders from the table style', () => {
  const grid: TableStyle = { id: 'LuoiBang', borders: 'single' };

  test('a style based on a grid style that sets every edge to none: no finding', async () => {
    expect(await styled([grid, { id: 'KhongVien', basedOn: 'LuoiBang', borders: 'none' }], 'KhongVien')).toEqual([]);
  });

  test('a style that draws no line of its own but is based on a grid style: the borders finding', async () => {
    expect(await styled([grid, { id: 'BangCon', basedOn: 'LuoiBang' }], 'BangCon')).toEqual(['layout/header-table ¶1']);
  });

  test('no style named, the default table style drawing lines: the borders finding', async () => {
    expect(await styled([{ ...grid, isDefault: true }], undefined)).toEqual(['layout/header-table ¶1']);
  });

  test("the table's own w:tblBorders none over a grid style: no finding", async () => {
    const document = await broken((doc) => {
      const tblPr = wAll(wAll(doc, 'tbl')[0], 'tblPr')[0];
      tblPr.insertBefore(el(doc, 'tblStyle', { val: 'LuoiBang' }), tblPr.firstChild);
    });
    expect(await findings(await broken((doc) => addTableStyles(doc, [grid]), 'word/styles.xml', document))).toEqual([]);
  });
});
