// What the layout rules read: the DOCX, the format it is held to, the figures of that format
// (src/render/layout/formats.ts and page.ts, the renderer's own tables) and the parts of the
// document found once here, so that every rule agrees on which paragraph is the national name,
// the number line or the signature.
import type { ConfigModel } from '../model/schemas.js';
import { LAYOUTS, type FormatLayout, type FormatName, type SizeRange } from '../render/layout/formats.js';
import { pageLayout, type PageLayout } from '../render/layout/page.js';
import type { DocxDocument, DocxParagraph, DocxTable } from '../docx/read.js';
import type { RunProps } from '../docx/properties.js';

export interface DocumentParts {
  headerTable?: DocxTable;
  /** Paragraphs of the header's first row, left column (governing body, issuer, and their line). */
  issuerCell: DocxParagraph[];
  /** Paragraphs of the header's first row, right column. */
  nationalCell: DocxParagraph[];
  nationalName?: DocxParagraph;
  motto?: DocxParagraph;
  number?: DocxParagraph;
  placeDate?: DocxParagraph;
  /** "KẾ HOẠCH": absent in a letter (công văn), whose trích yếu "V/v …" stands under the number. */
  docType?: DocxParagraph;
  title: DocxParagraph[];
  /** The paragraphs between the title block and the signature table, in order. */
  body: DocxParagraph[];
  signatureTable?: DocxTable;
  recipients: DocxParagraph[];
  signature: DocxParagraph[];
}

export interface LayoutContext {
  docx: DocxDocument;
  format: FormatName;
  layout: FormatLayout;
  page: PageLayout;
  parts: DocumentParts;
}

const paragraphsOf = (docx: DocxDocument, numbers: number[] | undefined) => (numbers ?? []).map((n) => docx.paragraphs[n - 1]);

/** Visible text, spaces collapsed, for comparing with the expected wording. */
export function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** The runs that print something. */
export function visibleRuns(p: DocxParagraph): { text: string; props: RunProps }[] {
  return p.runs.filter((r) => r.text.trim() !== '');
}

/** The first visible run's properties (what the reader sees the line set in), else the paragraph mark's. */
export function mainProps(p: DocxParagraph): RunProps {
  return visibleRuns(p)[0]?.props ?? p.markProps;
}

/** The line's size, bold and italic as printed: every visible run must agree for the line to pass. */
export function everyRun(p: DocxParagraph, test: (props: RunProps) => boolean): boolean {
  const runs = visibleRuns(p);
  return runs.length === 0 ? test(p.markProps) : runs.every((r) => test(r.props));
}

export function inRange(size: number | undefined, range: SizeRange): boolean {
  // Word's default size is 10 pt (w:sz absent everywhere).
  const s = size ?? 20;
  return s >= range[0] && s <= range[1];
}

export function pt(halfPoints: number | undefined): string {
  return String((halfPoints ?? 20) / 2).replace('.', ',');
}

export function ptRange(range: SizeRange): string {
  return range[0] === range[1] ? pt(range[0]) : `${pt(range[0])}–${pt(range[1])}`;
}

/** "Số: 93/KH-UBND", "Số 28-CT/TW" (not "Sở …"). */
export const NUMBER_LINE = /^Số:?\s*[\d\s.…]*[/-]/u;

/** A paragraph of nothing but dashes or underscores: a line typed on the keyboard. */
export const TYPED_LINE = /^[-_–—‒―.=]{3,}$/u;

/** The paragraphs after the last two empty ones: the block that ends `paragraphs`. */
function lastBlock(paragraphs: DocxParagraph[]): DocxParagraph[] {
  let start = 0;
  for (let i = 1; i < paragraphs.length; i++) if (plain(paragraphs[i].text) === '' && plain(paragraphs[i - 1].text) === '') start = i + 1;
  return paragraphs.slice(start);
}

/** The part of the document each rule reads (see DocumentParts). */
export function findParts(docx: DocxDocument, layout: FormatLayout): DocumentParts {
  const national = upper(layout.header.nationalName);
  const isNational = (p: DocxParagraph) => upper(plain(p.text)) === national;
  const headerTable = docx.tables.find((t) => !t.nested && t.cells.flat(2).some((n) => isNational(docx.paragraphs[n - 1])) && t.first <= 40);
  // A header typed as paragraphs (no table): the issuer's lines stand above the national name,
  // the motto and its line under it, down to the number.
  const headerParagraphs = headerTable ? paragraphsOf(docx, headerTable.cells.flat(2)) : docx.paragraphs.slice(0, 40);
  const nationalName = headerParagraphs.find(isNational);
  const typedNumber = headerTable ? undefined : headerParagraphs.find((p) => NUMBER_LINE.test(plain(p.text)));
  const issuerCell = headerTable ? paragraphsOf(docx, headerTable.cells[0]?.[0]) : nationalName ? lastBlock(docx.paragraphs.slice(0, nationalName.number - 1)) : [];
  const nationalCell = headerTable
    ? paragraphsOf(docx, headerTable.cells[0]?.[1])
    : nationalName
      ? docx.paragraphs.slice(nationalName.number - 1, typedNumber ? typedNumber.number - 1 : nationalName.number + 3)
      : [];
  const motto = layout.header.motto ? headerParagraphs.find((p) => /^độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc$/iu.test(plain(p.text))) : undefined;
  const number = headerParagraphs.find((p) => NUMBER_LINE.test(plain(p.text)));
  const placeDate = headerParagraphs.find((p) => /ngày.*tháng.*năm/u.test(p.text));
  const afterHeader = headerTable ? docx.paragraphs.filter((p) => p.number > headerTable.first && !p.cell) : docx.paragraphs.filter((p) => !p.cell && p.number > (placeDate?.number ?? 0));
  const signatureTable = [...docx.tables].reverse().find((t) => !t.nested && t !== headerTable && t.cells.flat(2).some((n) => /^Nơi nhận/u.test(plain(docx.paragraphs[n - 1].text))));
  const firstText = afterHeader.find((p) => plain(p.text) !== '');
  const docType = firstText && plain(firstText.text) === upper(plain(firstText.text)) && /\p{Lu}/u.test(firstText.text) && plain(firstText.text).length <= 40 ? firstText : undefined;
  const title: DocxParagraph[] = [];
  if (docType) {
    for (const p of afterHeader.filter((q) => q.number > docType.number)) {
      if (plain(p.text) === '' || p.props.align !== 'center' || TYPED_LINE.test(plain(p.text))) break;
      title.push(p);
    }
  }
  const bodyStart = title.at(-1)?.number ?? docType?.number ?? headerTable?.cells.flat(2).at(-1) ?? 0;
  // Without a table, "Nơi nhận:" typed as paragraphs ends the body; its block runs to the next empty paragraph.
  const typedLabel = signatureTable ? undefined : [...docx.paragraphs].reverse().find((p) => !p.cell && /^Nơi nhận/u.test(plain(p.text)));
  const bodyEnd = signatureTable?.first ?? typedLabel?.number ?? docx.paragraphs.length + 1;
  const body = docx.paragraphs.filter((p) => !p.cell && p.number > bodyStart && p.number < bodyEnd && p.section === docx.paragraphs[bodyStart]?.section);
  const recipientCell = signatureTable?.cells.flatMap((row) => row).find((cell) => cell.some((n) => /^Nơi nhận/u.test(plain(docx.paragraphs[n - 1].text))));
  const typedRecipients = typedLabel ? typedRecipientsFrom(docx.paragraphs, typedLabel.number) : [];
  const recipients = (recipientCell ? paragraphsOf(docx, recipientCell) : typedRecipients).filter((p) => plain(p.text) !== '');
  const signature = paragraphsOf(docx, signatureTable?.cells.flatMap((row) => row).filter((c) => c !== recipientCell).flat()).filter((p) => plain(p.text) !== '');
  return { headerTable, issuerCell, nationalCell, nationalName, motto, number, placeDate, docType, title, body, signatureTable, recipients, signature };
}

/**
 * "Nơi nhận:" typed as paragraphs, from its label (1-based `label`): to the next empty paragraph,
 * or through "- Lưu: …", the last recipient NĐ30 prints (a document without empty paragraphs, as
 * pandoc writes, goes on with the signer's lines).
 */
function typedRecipientsFrom(paragraphs: readonly DocxParagraph[], label: number): DocxParagraph[] {
  const block: DocxParagraph[] = [];
  for (const p of paragraphs.slice(label - 1)) {
    const text = plain(p.text);
    if (block.length > 0 && text === '') break;
    block.push(p);
    if (/^[-–]\s*Lưu\b/u.test(text)) break;
  }
  return block;
}

/** The format a header says: the Party's name → party; a trade union issuer → union; else state. */
export function formatOf(docx: DocxDocument): FormatName {
  const head = docx.paragraphs.slice(0, 20).map((p) => upper(plain(p.text)));
  if (head.includes(upper(LAYOUTS.party.header.nationalName))) return 'party';
  if (head.some((t) => /LIÊN ĐOÀN LAO ĐỘNG|CÔNG ĐOÀN|TỔNG LĐLĐ/u.test(t))) return 'union';
  return 'state';
}

export function layoutContext(docx: DocxDocument, format: FormatName, config: ConfigModel): LayoutContext {
  const layout = LAYOUTS[format];
  return { docx, format, layout, page: pageLayout(config, layout.bodySize), parts: findParts(docx, layout) };
}
