// The one DOCX reader, of `kehoach check` (the layout rules) and `kehoach import` (the text):
// every paragraph of the body in reading order (tables' paragraphs included), each with its
// resolved paragraph and run properties, where it stands (body or table cell), the label Word's
// numbering prints before it, its text and its offset in the document's plain text; the tables
// with their widths, margins and borders (table style, then table, then cell); the sections
// with page size, margins and their headers; the core properties (spec/import.md).
// jszip + @xmldom/xmldom, no regex over XML.
import type { Document, Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { readParagraphProps, readRunProps, readStyles, readTableBorders, readTheme, resolveParagraph, resolveRun, resolveTableBorders, type ParagraphProps, type RunProps, type Styles, type TableEdge } from './properties.js';
import { Numbering } from './numbering.js';
import { descendants, elementChildren, isW, parseXml, R, wAttr, wChild, wChildren, wNumber } from './xml.js';

const DC = 'http://purl.org/dc/elements/1.1/';

export interface DocxRun {
  text: string;
  props: RunProps;
}

export interface CellPlace {
  table: number;
  row: number;
  column: number;
}

export interface DocxParagraph {
  /** 1-based, in reading order, tables' paragraphs counted. */
  number: number;
  /** The label Word's automatic numbering (w:numPr) prints before the text ("1.", "a)"), or null. */
  label: string | null;
  /** The typed text: tabs as "\t", soft line breaks as "\n", no-break hyphens as "-". */
  text: string;
  runs: DocxRun[];
  props: ParagraphProps;
  /** The paragraph's run properties (what an empty paragraph's mark is set in). */
  markProps: RunProps;
  /** Offset of the paragraph in the document's plain text (paragraphs joined by "\n"). */
  charOffset: number;
  /** Set when the paragraph stands in a table cell. */
  cell?: CellPlace;
  /** A drawn shape (a line) is anchored in it. */
  hasDrawing: boolean;
  /** 0-based index of its section. */
  section: number;
}

export interface DocxTable {
  index: number;
  /** Paragraph numbers of each cell: rows × columns. */
  cells: number[][][];
  /** Widths of each row's cells (twips), from w:tcW (dxa) or the grid. */
  widths: number[][];
  /** Left and right cell margins (twips) of the table (w:tblCellMar), when set. */
  cellMargins: { left?: number; right?: number };
  /** Whether any border of the table or its cells is drawn. */
  visibleBorders: boolean;
  /** The first paragraph's number. */
  first: number;
  /** Whether the table is nested in another one's cell. */
  nested: boolean;
}

export interface DocxHeader {
  /** Holds a PAGE field. */
  pageField: boolean;
  /** Text other than the field. */
  text: string;
  /** The resolved properties of the paragraph holding the PAGE field (or the first one). */
  props?: ParagraphProps;
  size?: number;
}

export interface DocxSection {
  width?: number;
  height?: number;
  orient?: string;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  titlePage: boolean;
  headers: { default?: DocxHeader; first?: DocxHeader };
  /** Its first paragraph's number. */
  first: number;
}

export interface DocxDocument {
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  sections: DocxSection[];
  /** The paragraphs' texts joined by "\n": what SARIF's charOffset counts in. */
  plainText: string;
  styles: Styles;
  /** The core properties (docProps/core.xml): dc:title and dc:creator, when present. */
  properties: { title: string | null; creator: string | null };
}

/** Why the bytes are not a readable Word document: not a zip, no word/document.xml, a part that is not XML. */
export type DocxReadProblem = 'not-a-zip' | 'no-document' | 'bad-part';

export class DocxReadError extends Error {
  constructor(
    readonly problem: DocxReadProblem,
    message: string,
  ) {
    super(message);
  }
}

const readPart = async (zip: JSZip, name: string): Promise<Document | undefined> => {
  const file = zip.file(name);
  if (!file) return undefined;
  try {
    return parseXml(await file.async('string'));
  } catch (e) {
    throw new DocxReadError('bad-part', `${name}: ${(e as Error).message}`);
  }
};

/** A part the document reads without (numbering, core properties): a broken one counts as absent. */
const readOptionalPart = (zip: JSZip, name: string): Promise<Document | undefined> => readPart(zip, name).catch(() => undefined);

/** Run text as a reader sees it: tabs and line breaks kept, a non-breaking hyphen read as "-", the word joiner dropped. */
function runText(run: Element): string {
  let text = '';
  for (const el of elementChildren(run)) {
    if (isW(el, 't')) text += el.textContent ?? '';
    else if (isW(el, 'tab') || isW(el, 'ptab')) text += '\t';
    else if (isW(el, 'br') || isW(el, 'cr')) text += wAttr(el, 'type') === 'page' ? '' : '\n';
    else if (isW(el, 'noBreakHyphen')) text += '-';
  }
  return text.replaceAll('\u2060', '');
}

interface Walker {
  styles: Styles;
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  sections: DocxSection[];
  offset: number;
  relationships: Map<string, string>;
  zip: JSZip;
  numbering: Numbering;
  pendingSectionFirst: number;
}

/** The runs of a paragraph, through hyperlinks, smart tags, fields, content controls and insertions; deletions left out. */
function collectRuns(container: Element, out: Element[], drawings: { found: boolean }): void {
  for (const el of elementChildren(container)) {
    if (isW(el, 'r')) {
      out.push(el);
      if (wChildren(el, 'drawing').length || wChildren(el, 'pict').length || elementChildren(el).some((c) => c.localName === 'AlternateContent')) drawings.found = true;
    } else if (isW(el, 'del') || isW(el, 'pPr') || isW(el, 'moveFrom')) continue;
    else if (isW(el, 'sdt')) collectRuns(wChild(el, 'sdtContent') ?? el, out, drawings);
    else collectRuns(el, out, drawings);
  }
}

function readParagraph(w: Walker, p: Element, cell: CellPlace | undefined): void {
  const pPr = wChild(p, 'pPr');
  const direct = readParagraphProps(pPr);
  const resolved = resolveParagraph(w.styles, direct);
  const markProps = resolveRun(w.styles, resolved.run, undefined, readRunProps(wChild(pPr, 'rPr'), w.styles.theme));
  const runElements: Element[] = [];
  const drawings = { found: false };
  collectRuns(p, runElements, drawings);
  const runs: DocxRun[] = runElements.map((r) => {
    const rPr = wChild(r, 'rPr');
    return { text: runText(r), props: resolveRun(w.styles, resolved.run, wAttr(wChild(rPr, 'rStyle'), 'val'), readRunProps(rPr, w.styles.theme)) };
  });
  const text = runs.map((r) => r.text).join('');
  const number = w.paragraphs.length + 1;
  const numPr = wChild(pPr, 'numPr');
  const numId = wAttr(wChild(numPr, 'numId'), 'val');
  const label = numId && numId !== '0' ? w.numbering.next(numId, wNumber(wChild(numPr, 'ilvl'), 'val') ?? 0) : null;
  w.paragraphs.push({
    number,
    label,
    text,
    runs,
    props: resolved.paragraph,
    markProps,
    charOffset: w.offset,
    ...(cell ? { cell } : {}),
    hasDrawing: drawings.found,
    section: w.sections.length,
  });
  w.offset += text.length + 1;
  const sectPr = wChild(pPr, 'sectPr');
  if (sectPr) w.sections.push(readSection(w, sectPr));
}

function readTable(w: Walker, tbl: Element, nested: boolean): void {
  const index = w.tables.length;
  const tblPr = wChild(tbl, 'tblPr');
  const grid = wChildren(wChild(tbl, 'tblGrid') ?? tbl, 'gridCol').map((g) => wNumber(g, 'w') ?? 0);
  const mar = wChild(tblPr, 'tblCellMar');
  const margin = (side: string, alt: string) => wNumber(wChild(mar, side) ?? wChild(mar, alt), 'w');
  // The table's borders: its style's (Table Grid draws every line), then its own w:tblBorders.
  const tableBorders = resolveTableBorders(w.styles, wAttr(wChild(tblPr, 'tblStyle'), 'val'), readTableBorders(wChild(tblPr, 'tblBorders')));
  const tableSide = (side: TableEdge, inside: TableEdge) => tableBorders[side] === true || tableBorders[inside] === true;
  // A cell's own border wins over the table's on that edge (a real header table sets the table's
  // borders single and every cell's nil: nothing prints).
  const cellShows = (tcBorders: Element | undefined) => {
    const own = readTableBorders(tcBorders);
    return (
      [
        ['top', 'insideH'],
        ['bottom', 'insideH'],
        ['left', 'insideV'],
        ['right', 'insideV'],
      ] as const
    ).some(([side, inside]) => own[side] ?? tableSide(side, inside));
  };
  const table: DocxTable = {
    index,
    cells: [],
    widths: [],
    cellMargins: { left: margin('left', 'start'), right: margin('right', 'end') },
    visibleBorders: false,
    first: w.paragraphs.length + 1,
    nested,
  };
  w.tables.push(table);
  wChildren(tbl, 'tr').forEach((tr, row) => {
    const rowCells: number[][] = [];
    const rowWidths: number[] = [];
    let gridIndex = 0;
    wChildren(tr, 'tc').forEach((tc, column) => {
      const tcPr = wChild(tc, 'tcPr');
      if (cellShows(wChild(tcPr, 'tcBorders'))) table.visibleBorders = true;
      const span = wNumber(wChild(tcPr, 'gridSpan'), 'val') ?? 1;
      const tcW = wChild(tcPr, 'tcW');
      const fromGrid = grid.slice(gridIndex, gridIndex + span).reduce((a, b) => a + b, 0);
      gridIndex += span;
      rowWidths.push(wAttr(tcW, 'type') === 'dxa' || (tcW && !wAttr(tcW, 'type')) ? (wNumber(tcW, 'w') ?? fromGrid) : fromGrid);
      const numbers: number[] = [];
      for (const el of elementChildren(tc)) {
        if (isW(el, 'p')) {
          readParagraph(w, el, { table: index, row, column });
          numbers.push(w.paragraphs.length);
        } else if (isW(el, 'tbl')) readTable(w, el, true);
        else if (isW(el, 'sdt')) for (const p of wChildren(wChild(el, 'sdtContent') ?? el, 'p')) {
          readParagraph(w, p, { table: index, row, column });
          numbers.push(w.paragraphs.length);
        }
      }
      rowCells.push(numbers);
    });
    table.cells.push(rowCells);
    table.widths.push(rowWidths);
  });
}

function readBlocks(w: Walker, container: Element): void {
  for (const el of elementChildren(container)) {
    if (isW(el, 'p')) readParagraph(w, el, undefined);
    else if (isW(el, 'tbl')) readTable(w, el, false);
    else if (isW(el, 'sdt')) readBlocks(w, wChild(el, 'sdtContent') ?? el);
    else if (isW(el, 'sectPr')) w.sections.push(readSection(w, el));
  }
}

// Sections are read lazily: their headers are separate parts, read after the body walk.
const pendingHeaders = new WeakMap<DocxSection, { default?: string; first?: string }>();

function readSection(w: Walker, sectPr: Element): DocxSection {
  const size = wChild(sectPr, 'pgSz');
  const mar = wChild(sectPr, 'pgMar');
  const first = w.pendingSectionFirst;
  w.pendingSectionFirst = w.paragraphs.length + 1;
  const section: DocxSection = {
    width: wNumber(size, 'w'),
    height: wNumber(size, 'h'),
    orient: wAttr(size, 'orient'),
    margins: { top: wNumber(mar, 'top'), bottom: wNumber(mar, 'bottom'), left: wNumber(mar, 'left'), right: wNumber(mar, 'right') },
    titlePage: wChild(sectPr, 'titlePg') !== undefined && wAttr(wChild(sectPr, 'titlePg'), 'val') !== 'false' && wAttr(wChild(sectPr, 'titlePg'), 'val') !== '0',
    headers: {},
    first,
  };
  const refs: { default?: string; first?: string } = {};
  for (const ref of wChildren(sectPr, 'headerReference')) {
    const type = wAttr(ref, 'type') ?? 'default';
    const id = ref.getAttributeNS(R, 'id');
    const target = id ? w.relationships.get(id) : undefined;
    if (target && (type === 'default' || type === 'first')) refs[type] = target;
  }
  pendingHeaders.set(section, refs);
  return section;
}

/** Whether an element holds a PAGE field (w:fldSimple or a w:instrText of a complex field). */
function hasPageField(root: Element): boolean {
  const instructions = [
    ...descendants(root, 'fldSimple').map((f) => wAttr(f, 'instr') ?? ''),
    ...descendants(root, 'instrText').map((t) => t.textContent ?? ''),
  ];
  return instructions.some((i) => i.trim().split(/\s+/)[0]?.toUpperCase() === 'PAGE');
}

async function readHeader(zip: JSZip, target: string, styles: Styles): Promise<DocxHeader | undefined> {
  const part = await readPart(zip, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  if (!part) return undefined;
  const root = part.documentElement!;
  const paragraphs = descendants(root, 'p');
  const withField = paragraphs.find((p) => hasPageField(p)) ?? paragraphs[0];
  let text = '';
  for (const t of descendants(root, 't')) text += t.textContent ?? '';
  const header: DocxHeader = { pageField: hasPageField(root), text: text.trim() };
  if (withField) {
    const resolved = resolveParagraph(styles, readParagraphProps(wChild(withField, 'pPr')));
    header.props = resolved.paragraph;
    // The field's size: its runs' (the instruction runs carry the result's formatting).
    const runs = descendants(withField, 'r');
    const sized = runs.map((r) => resolveRun(styles, resolved.run, wAttr(wChild(wChild(r, 'rPr'), 'rStyle'), 'val'), readRunProps(wChild(r, 'rPr'), styles.theme)).size);
    header.size = sized.find((s) => s !== undefined) ?? resolved.run.size;
  }
  return header;
}

async function readRelationships(zip: JSZip): Promise<Map<string, string>> {
  const rels = await readPart(zip, 'word/_rels/document.xml.rels');
  const map = new Map<string, string>();
  if (!rels) return map;
  for (const el of elementChildren(rels.documentElement!)) {
    const id = el.getAttribute('Id');
    const target = el.getAttribute('Target');
    if (id && target) map.set(id, target);
  }
  return map;
}

/** Reads the package. Throws DocxReadError when it is not a Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocxDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError('not-a-zip', 'not a zip package');
  }
  const document = await readPart(zip, 'word/document.xml');
  if (!document) throw new DocxReadError('no-document', 'word/document.xml is missing');
  const theme = readTheme(await readPart(zip, 'word/theme/theme1.xml'));
  const styles = readStyles(await readPart(zip, 'word/styles.xml'), theme);
  const numbering = new Numbering(await readOptionalPart(zip, 'word/numbering.xml'));
  const w: Walker = { styles, paragraphs: [], tables: [], sections: [], offset: 0, relationships: await readRelationships(zip), zip, numbering, pendingSectionFirst: 1 };
  const body = wChild(document.documentElement!, 'body');
  if (body) readBlocks(w, body);
  for (const section of w.sections) {
    const refs = pendingHeaders.get(section) ?? {};
    if (refs.default) section.headers.default = await readHeader(zip, refs.default, styles);
    if (refs.first) section.headers.first = await readHeader(zip, refs.first, styles);
  }
  return {
    paragraphs: w.paragraphs,
    tables: w.tables,
    sections: w.sections,
    plainText: w.paragraphs.map((p) => p.text).join('\n'),
    styles,
    properties: await readCoreProperties(zip),
  };
}

async function readCoreProperties(zip: JSZip): Promise<DocxDocument['properties']> {
  const core = await readOptionalPart(zip, 'docProps/core.xml');
  const dc = (name: string) => (core ? descendants(core, name, DC)[0]?.textContent || null : null);
  return { title: dc('title'), creator: dc('creator') };
}
