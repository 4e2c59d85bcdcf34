// The text of a DOCX in reading order (import.md; shared with `kehoach check`): each paragraph
// of the body — those inside tables counted in place, row by row, cell by cell — with its style,
// its bold/italic, and Word's automatic numbering (w:numPr) resolved to the label it prints
// ("1.", "a)", "II."), so that a list Word numbers reads like one typed by hand. Read with jszip
// and an XML parser: no regular expression ever looks at the XML.
import JSZip from 'jszip';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DC = 'http://purl.org/dc/elements/1.1/';

/** Where a paragraph stands in a table: which table of the body (0-based), which row and cell. */
export interface TablePlace {
  table: number;
  row: number;
  cell: number;
}

export interface DocxParagraph {
  /** 1-based number in the body, tables' paragraphs counted in reading order (import.md, check). */
  index: number;
  /** The label Word's numbering prints before the text ("1.", "a)"), or null. */
  label: string | null;
  /** The typed text: tabs as "\t", soft line breaks as "\n"; no-break hyphens as "-". */
  text: string;
  /** The style id (w:pStyle), or null. */
  style: string | null;
  /** Every non-space character is bold / italic (direct formatting or the paragraph's style). */
  bold: boolean;
  italic: boolean;
  table: TablePlace | null;
}

export interface DocxText {
  paragraphs: DocxParagraph[];
  /** The core properties (docProps/core.xml): dc:title and dc:creator, when present. */
  properties: { title: string | null; creator: string | null };
}

/** U+2060 WORD JOINER, which the renderer puts after the slash of a ký hiệu: no text of its own. */
const WORD_JOINER = '\u2060';

function children(node: Node | null, local: string): Element[] {
  const out: Element[] = [];
  for (let c = node?.firstChild ?? null; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).namespaceURI === W && (c as Element).localName === local) out.push(c as Element);
  }
  return out;
}

const child = (node: Node | null, local: string): Element | undefined => children(node, local)[0];
const attr = (el: Element | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;

/** A w:b / w:i toggle: present without a value, or with a true value. */
function toggle(rPr: Element | undefined, name: 'b' | 'i'): boolean | undefined {
  const el = child(rPr ?? null, name);
  if (!el) return undefined;
  const val = attr(el, 'val');
  return val === null || !['0', 'false', 'off'].includes(val);
}

interface StyleInfo {
  basedOn: string | null;
  bold?: boolean;
  italic?: boolean;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  for (const style of children(doc.documentElement, 'style')) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    const rPr = child(style, 'rPr');
    styles.set(id, { basedOn: attr(child(style, 'basedOn'), 'val'), bold: toggle(rPr, 'b'), italic: toggle(rPr, 'i') });
  }
  return styles;
}

/** A style's bold or italic through its basedOn chain (a loop ends the walk). */
function styleToggle(styles: Map<string, StyleInfo>, id: string | null, which: 'bold' | 'italic'): boolean {
  const seen = new Set<string>();
  for (let current = id; current && !seen.has(current); current = styles.get(current)?.basedOn ?? null) {
    seen.add(current);
    const value = styles.get(current)?.[which];
    if (value !== undefined) return value;
  }
  return false;
}

// ---- Word's numbering -------------------------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
}

class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abstract of children(doc.documentElement, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of children(abstract, 'lvl')) {
        levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
          start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
          format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: attr(child(lvl, 'lvlText'), 'val') ?? '',
        });
      }
      abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of children(doc.documentElement, 'num')) {
      const base = abstracts.get(attr(child(num, 'abstractNumId'), 'val') ?? '');
      if (!base) continue;
      const levels = new Map(base);
      for (const override of children(num, 'lvlOverride')) {
        const ilvl = Number(attr(override, 'ilvl') ?? 0);
        const start = attr(child(override, 'startOverride'), 'val');
        const level = levels.get(ilvl);
        if (level && start !== null) levels.set(ilvl, { ...level, start: Number(start) });
      }
      this.levels.set(attr(num, 'numId') ?? '', levels);
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, counting it. */
  next(numId: string, ilvl: number): string | null {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // a deeper level starts again under the next item of this one
    this.counters.set(numId, counts);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return null;
    let label = level.text;
    for (let l = 0; l <= ilvl; l++) {
      const lv = levels.get(l);
      label = label.split(`%${l + 1}`).join(formatNumber(counts[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal'));
    }
    return label.trim() || null;
  }
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return LATIN[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperLetter': return LATIN[(n - 1) % 26].toUpperCase().repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerRoman': return toRoman(n).toLowerCase();
    case 'upperRoman': return toRoman(n);
    default: return String(n);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, letters] of table) while (rest >= value) { out += letters; rest -= value; }
  return out;
}

// ---- Paragraphs -------------------------------------------------------------------------------

/** The text of a run's content, in order: text, tabs, breaks, Word's special hyphens. */
function runText(run: Element): string {
  let out = '';
  for (let c = run.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1 || (c as Element).namespaceURI !== W) continue;
    switch ((c as Element).localName) {
      case 't': out += c.textContent ?? ''; break;
      case 'tab': out += '\t'; break;
      case 'br': case 'cr': out += '\n'; break;
      case 'noBreakHyphen': out += '-'; break;
    }
  }
  return out;
}

/** The runs of a paragraph, also those inside hyperlinks, smart tags, fields and tracked insertions. */
function runsOf(node: Element): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1 || (c as Element).namespaceURI !== W) continue;
    const el = c as Element;
    if (el.localName === 'r') out.push(el);
    else if (['hyperlink', 'smartTag', 'fldSimple', 'ins', 'sdt', 'sdtContent', 'customXml'].includes(el.localName ?? '')) out.push(...runsOf(el));
  }
  return out;
}

/** The DOCX's paragraphs in reading order, and its core properties. */
export async function readDocxText(bytes: Uint8Array, lang: Lang = 'vi'): Promise<DocxText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserError(lang === 'en' ? 'The file is not a Word document (.docx): it could not be opened as one.' : 'Tệp không phải văn bản Word (.docx): không mở được.');
  }
  const part = async (name: string) => zip.file(name)?.async('string');
  const documentXml = await part('word/document.xml');
  if (!documentXml) {
    throw new UserError(lang === 'en' ? 'The file is not a Word document (.docx): it has no word/document.xml.' : 'Tệp không phải văn bản Word (.docx): thiếu phần word/document.xml.');
  }
  const styles = readStyles(await part('word/styles.xml'));
  const numbering = new Numbering(await part('word/numbering.xml'));
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const body = child(doc.documentElement, 'body');
  const paragraphs: DocxParagraph[] = [];
  let tables = 0;

  const paragraph = (p: Element, table: TablePlace | null) => {
    const pPr = child(p, 'pPr');
    const style = attr(child(pPr ?? null, 'pStyle'), 'val');
    const numPr = child(pPr ?? null, 'numPr');
    const numId = attr(child(numPr ?? null, 'numId'), 'val');
    const label = numId && numId !== '0' ? numbering.next(numId, Number(attr(child(numPr ?? null, 'ilvl'), 'val') ?? 0)) : null;
    let text = '';
    let bold = true;
    let italic = true;
    let printed = false;
    for (const run of runsOf(p)) {
      const t = runText(run).split(WORD_JOINER).join('');
      text += t;
      if (t.trim() === '') continue;
      printed = true;
      const rPr = child(run, 'rPr');
      bold &&= toggle(rPr, 'b') ?? styleToggle(styles, style, 'bold');
      italic &&= toggle(rPr, 'i') ?? styleToggle(styles, style, 'italic');
    }
    paragraphs.push({ index: paragraphs.length + 1, label, text, style, bold: printed && bold, italic: printed && italic, table });
  };

  const table = (tbl: Element) => {
    const number = tables++;
    children(tbl, 'tr').forEach((tr, row) => {
      children(tr, 'tc').forEach((tc, cell) => {
        for (let c = tc.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 1 || (c as Element).namespaceURI !== W) continue;
          if ((c as Element).localName === 'p') paragraph(c as Element, { table: number, row, cell });
          else if ((c as Element).localName === 'tbl') table(c as Element);
        }
      });
    });
  };

  for (let c = body?.firstChild ?? null; c; c = c.nextSibling) {
    if (c.nodeType !== 1 || (c as Element).namespaceURI !== W) continue;
    if ((c as Element).localName === 'p') paragraph(c as Element, null);
    else if ((c as Element).localName === 'tbl') table(c as Element);
    else if ((c as Element).localName === 'sdt') for (const p of children(child(c, 'sdtContent') ?? null, 'p')) paragraph(p, null);
  }

  const core = await part('docProps/core.xml');
  const coreDoc = core ? new DOMParser().parseFromString(core, 'text/xml') : undefined;
  const dc = (name: string) => {
    const el = coreDoc?.getElementsByTagNameNS(DC, name)[0];
    return el?.textContent ? el.textContent : null;
  };
  return { paragraphs, properties: { title: dc('title'), creator: dc('creator') } };
}
