// DocModel + layout → DOCX bytes with the `docx` package (render.md, every section), then
// the deterministic post-pass (./deterministic.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import type { AnnexModel, BodyBlock, DocModel } from '../document/model.js';
import type { FormatLayout, TextStyle } from '../layout/formats.js';
import { mmToTwips, TABLE_CELL_MARGIN, textWidth, type PageLayout } from '../layout/page.js';
import { makeDeterministic } from './deterministic.js';
import { cellLine, lines, ruleUnder, run } from './parts.js';
import { runText } from './symbols.js';

const CELL_MARGIN = TABLE_CELL_MARGIN;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
/** Cells carry no borders of their own either (docs notes: some viewers draw cell borders otherwise). */
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;

/** Heading styles, so that Word's navigation pane shows the outline (render.md "The file itself"). */
export const HEADING_STYLE: Record<'section' | 'subsection' | 'item', string> = {
  section: 'Heading1',
  subsection: 'Heading2',
  item: 'Heading3',
};

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length ? children : [new Paragraph({})],
  });
}

function layoutTable(widths: [number, number], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows,
  });
}

/** render.md "Header block": names in row 1, "Số:" | place-and-date in row 2 (NĐ30 II.4c). */
function headerTable(model: DocModel, layout: FormatLayout, page: PageLayout): Table {
  const h = layout.header;
  const right = h.rightColumnTwips;
  const left = textWidth(page) - right;
  const leftText = left - 2 * CELL_MARGIN;
  const rightText = right - 2 * CELL_MARGIN;
  const issuer = model.header.issuerLines;
  const leftNames = [
    ...model.header.governingBodyLines.map((l) => cellLine(l, h.governingBodyStyle)),
    ...issuer.map((l) => cellLine(l, h.issuerStyle)),
    ...(h.issuerMark ? [cellLine(h.issuerMark, h.issuerStyle)] : []),
    ...(h.issuerRule ? [ruleUnder(longest(issuer), h.issuerStyle, h.issuerRule, leftText)] : []),
  ];
  const ruled = h.motto ?? h.nationalName;
  const ruledStyle = h.motto ? h.mottoStyle : h.nationalNameStyle;
  const rightNames = [
    cellLine(h.nationalName, h.nationalNameStyle),
    ...(h.motto ? [cellLine(h.motto, h.mottoStyle)] : []),
    ruleUnder(ruled, ruledStyle, h.nationalRule, rightText),
  ];
  const spaced = (p: string, style: TextStyle) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0, line: 240, lineRule: 'auto' }, children: [run(p, style)] });
  return layoutTable(
    [left, right],
    [
      new TableRow({ cantSplit: true, children: [cell(left, leftNames), cell(right, rightNames)] }),
      new TableRow({
        cantSplit: true,
        children: [cell(left, [spaced(model.header.numberLine, h.numberStyle)]), cell(right, [spaced(model.header.placeDateLine, h.placeDateStyle)])],
      }),
    ],
  );
}

function longest(texts: string[]): string {
  return texts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** `KẾ HOẠCH`, the trích yếu and the short line under it. */
function titleBlock(model: DocModel, layout: FormatLayout, page: PageLayout): Paragraph[] {
  const t = layout.title;
  const width = textWidth(page);
  const under =
    t.under.kind === 'dashes'
      ? lines([run(t.under.text, t.titleStyle)], AlignmentType.CENTER, { before: 0, after: 0 })
      : ruleUnder(model.title, t.titleStyle, t.under, width);
  return [
    lines([run(model.docType, t.docTypeStyle)], AlignmentType.CENTER, { before: 360, after: 0 }),
    lines([run(model.title, t.titleStyle)], AlignmentType.CENTER, { before: 0, after: 0 }),
    under,
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/**
 * render.md "Header block": a boxed `DỰ THẢO` at the top right of page 1, above the table. A
 * bordered paragraph indented to the right rather than a positioned frame: LibreOffice drops a
 * frame placed before the first table, and a paragraph shows the same in every viewer.
 */
function draftMark(layout: FormatLayout, page: PageLayout, side: 'right' | 'left' = 'right'): Paragraph {
  const d = layout.draft;
  const box = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  const rest = textWidth(page) - d.frameWidthTwips;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: side === 'right' ? { left: rest, right: 0 } : { left: 0, right: rest },
    border: { top: box, bottom: box, left: box, right: box },
    spacing: { before: 0, after: 120, line: 240, lineRule: 'auto' },
    children: [run(d.text, d.style)],
  });
}

function bodyParagraph(block: BodyBlock, layout: FormatLayout, page: PageLayout): Paragraph {
  const spacing = { before: 0, after: page.spacingAfter, line: page.line, lineRule: 'auto' } as const;
  if (block.kind === 'paragraph') {
    // The closing sentence stays whole and on the page of the signature table that follows it
    // (render.md "The last details of the print"): the signature never stands alone.
    const closing = block.closing === true;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: page.firstLineIndent },
      spacing,
      ...(closing ? { keepNext: true, keepLines: true } : {}),
      children: [new TextRun({ ...runText(block.text), italics: block.italic === true, size: page.bodySize })],
    });
  }
  const style = layout.body[block.kind];
  return new Paragraph({
    style: HEADING_STYLE[block.kind],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: style.indentFirstLine ? page.firstLineIndent : 0 },
    spacing,
    keepNext: true,
    children: [run(block.text, { ...style, size: page.bodySize })],
  });
}

/**
 * One of the empty lines between the position and the name, where the signing software places
 * the signature and seal images (render.md "Signed-ready"): exactly high, so that together they
 * make `signatureSpaceTwips` whatever the font's line height.
 */
function signatureSpaceLine(s: FormatLayout['signature']): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: Math.ceil(s.signatureSpaceTwips / s.blankLines), lineRule: 'exact' },
    children: [],
    run: { size: s.nameStyle.size },
  });
}

/** render.md "Signature and recipients": Nơi nhận on the left, the signature on the right. */
function signatureTable(model: DocModel, layout: FormatLayout, page: PageLayout): Table {
  const s = layout.signature;
  const half = Math.floor(textWidth(page) / 2);
  const widths: [number, number] = [half, textWidth(page) - half];
  const left = [
    cellLine(s.recipientsLabel, s.recipientsLabelStyle, AlignmentType.LEFT),
    ...model.recipients.map((r) => cellLine(r, s.recipientStyle, AlignmentType.LEFT)),
  ];
  const sig = model.signature;
  const right = [
    ...sig.authorityLines.map((l) => cellLine(l, s.authorityStyle)),
    ...(sig.position ? [cellLine(sig.position, s.positionStyle)] : []),
    ...Array.from({ length: s.blankLines }, () => signatureSpaceLine(s)),
    cellLine(sig.name ?? '', s.nameStyle),
  ];
  return layoutTable(widths, [new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })]);
}

function headingStyles(layout: FormatLayout, page: PageLayout): IParagraphStyleOptions[] {
  const make = (id: string, name: string, level: number, style: TextStyle): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: style.bold, italics: style.italic, size: page.bodySize, color: '000000' },
    paragraph: { outlineLevel: level, keepNext: true, spacing: { before: 0, after: page.spacingAfter, line: page.line } },
  });
  return [
    make(HEADING_STYLE.section, 'heading 1', 0, layout.body.section),
    make(HEADING_STYLE.subsection, 'heading 2', 1, layout.body.subsection),
    make(HEADING_STYLE.item, 'heading 3', 2, layout.body.item),
  ];
}

/**
 * Top right of page 1 of an annex's own file: the agency's digital signature (its seal image and
 * the caption with number and time) goes there when signed (render.md "Signed-ready"). An empty
 * paragraph of this exact height keeps the band free.
 */
const ANNEX_SIGNATURE_BAND_TWIPS = mmToTwips(35);

/** render.md "Annexes": "Phụ lục I", its title, "(Kèm theo Kế hoạch số …)", then its paragraphs. */
function annexBlocks(annex: AnnexModel, layout: FormatLayout, page: PageLayout, newPage: boolean): Paragraph[] {
  const centred = (text: string, style: TextStyle, after = 0, pageBreakBefore = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after, line: 240, lineRule: 'auto' },
      keepNext: true,
      ...(pageBreakBefore ? { pageBreakBefore } : {}),
      children: [run(text, style)],
    });
  const size = page.bodySize;
  return [
    centred(annex.label, { size, bold: true, italic: false, upper: false }, 0, newPage),
    centred(annex.title, { size, bold: true, italic: false, upper: true }),
    centred(annex.attachedTo, { size, bold: false, italic: true, upper: false }, page.spacingAfter * 2),
    ...annex.body.map((b) => bodyParagraph(b, layout, page)),
  ];
}

function annexFileTop(model: DocModel, layout: FormatLayout, page: PageLayout): Paragraph[] {
  return [
    // A draft's mark goes to the left here: the top right is the signature's.
    ...(model.draft ? [draftMark(layout, page, 'left')] : []),
    new Paragraph({ spacing: { before: 0, after: 0, line: ANNEX_SIGNATURE_BAND_TWIPS, lineRule: 'exact' }, children: [] }),
  ];
}

export function buildDocument(model: DocModel, layout: FormatLayout, page: PageLayout): Document {
  return documentOf(model, layout, page, model.properties.title, [
    ...(model.draft ? [draftMark(layout, page)] : []),
    headerTable(model, layout, page),
    ...titleBlock(model, layout, page),
    ...model.body.map((b) => bodyParagraph(b, layout, page)),
    signatureTable(model, layout, page),
    ...model.annexes.flatMap((annex) => annexBlocks(annex, layout, page, true)),
  ]);
}

/** The file of annex `index` (0-based) alone, for `--annex N` / `--split-annexes`. */
export function buildAnnexDocument(model: DocModel, index: number, layout: FormatLayout, page: PageLayout): Document {
  const annex = model.annexes[index];
  const title = `${model.draft ? 'Dự thảo: ' : ''}${annex.label}: ${annex.title} ${annex.attachedTo}`;
  return documentOf(model, layout, page, title, [...annexFileTop(model, layout, page), ...annexBlocks(annex, layout, page, false)]);
}

function documentOf(model: DocModel, layout: FormatLayout, page: PageLayout, title: string, children: (Paragraph | Table)[]): Document {
  const font = { ascii: page.font, hAnsi: page.font, cs: page.font, eastAsia: page.font };
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ children: [PageNumber.CURRENT], size: layout.pageNumberSize })],
  });
  return new Document({
    title,
    creator: model.properties.creator,
    styles: {
      default: {
        document: {
          run: { font, size: page.bodySize, color: '000000', language: { value: page.lang } },
          paragraph: { spacing: { after: page.spacingAfter, line: page.line, lineRule: 'auto' } },
        },
      },
      paragraphStyles: headingStyles(layout, page),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...page.margins, header: page.headerDistance, footer: page.headerDistance },
          },
        },
        headers: {
          default: new Header({ children: [pageNumber] }),
          // render.md "Page": no page number on the first page.
          first: new Header({ children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The finished, byte-stable DOCX. */
export async function writeDocx(model: DocModel, layout: FormatLayout, page: PageLayout): Promise<Buffer> {
  const packed = await Packer.toBuffer(buildDocument(model, layout, page));
  return makeDeterministic(packed, model.properties.stamp);
}

/** The finished, byte-stable DOCX of annex `index` (0-based) alone. */
export async function writeAnnexDocx(model: DocModel, index: number, layout: FormatLayout, page: PageLayout): Promise<Buffer> {
  const packed = await Packer.toBuffer(buildAnnexDocument(model, index, layout, page));
  return makeDeterministic(packed, model.properties.stamp);
}
