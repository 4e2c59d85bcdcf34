// Shared by the check tests: a DOCX kehoach renders (the good document), the same with one
// figure broken in its XML (read and written back with a real XML parser), and the layout check
// of either, in process.
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { checkLayout } from '../../src/check/check.js';
import type { FormatName } from '../../src/render/layout/formats.js';
import { renderInProcess, SON_LA } from '../render/helpers.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

let good: Promise<Buffer> | undefined;

/** The Sơn La example plan as kehoach renders it (rendered once per test file). */
export function goodDocx(): Promise<Buffer> {
  good ??= renderInProcess(SON_LA);
  return good;
}

/** `good` with word/document.xml changed by `edit`. */
export async function broken(edit: (doc: Document) => void, part = 'word/document.xml', bytes?: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes ?? (await goodDocx()));
  const doc = new DOMParser().parseFromString(await zip.file(part)!.async('string'), 'text/xml');
  edit(doc);
  zip.file(part, new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: 'nodebuffer' });
}

export function wAll(doc: Document | Element, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(W, local)) as Element[];
}

/** The body's paragraphs in reading order (tables' included), as `kehoach check` numbers them: ¶n is paragraphs(doc)[n - 1]. */
export function paragraphs(doc: Document): Element[] {
  return wAll(doc, 'p').filter((p) => {
    for (let n = p.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'hdr') return false;
    return true;
  });
}

/** The first run's w:rPr of ¶n, created when missing. */
export function runProps(doc: Document, n: number): Element {
  const run = wAll(paragraphs(doc)[n - 1], 'r')[0];
  let rPr = wAll(run, 'rPr')[0];
  if (!rPr) {
    rPr = doc.createElementNS(W, 'w:rPr');
    run.insertBefore(rPr, run.firstChild);
  }
  return rPr;
}

/** Sets w:<local> w:val="value" in `parent` (replacing it). */
export function setW(doc: Document, parent: Element, local: string, attrs: Record<string, string>): void {
  for (const old of wAll(parent, local)) if (old.parentNode === parent) parent.removeChild(old);
  const el = doc.createElementNS(W, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W, `w:${k}`, v);
  parent.appendChild(el);
}

/** Replaces the whole text of ¶n: the first w:t gets it, the other w:t and w:noBreakHyphen go. */
export function setText(doc: Document, n: number, text: string): void {
  const p = paragraphs(doc)[n - 1];
  const [first, ...rest] = wAll(p, 't');
  for (const el of [...rest, ...wAll(p, 'noBreakHyphen')]) el.parentNode!.removeChild(el);
  while (first.firstChild) first.removeChild(first.firstChild);
  first.appendChild(doc.createTextNode(text));
}

/** The number of the first paragraph whose text is `text`. */
export function numberOf(doc: Document, test: (text: string) => boolean): number {
  return paragraphs(doc).findIndex((p) => test(wAll(p, 't').map((t) => t.textContent ?? '').join('').replaceAll('\u2060', ''))) + 1;
}

/** The layout findings of `bytes`: `rule ¶n` each, sorted. */
export async function findings(bytes: Buffer, format?: FormatName): Promise<string[]> {
  const result = await checkLayout(bytes, 'x.docx', { format, config: {}, lang: 'vi' });
  return result.diagnostics.map((d) => `${d.rule} ¶${d.paragraph?.number}`);
}

export interface BrokenCase {
  /** What is broken, as the test's name. */
  what: string;
  /** Breaks exactly one figure of the good document; returns the paragraph the finding must name. */
  edit: (doc: Document) => number;
}

/**
 * The test of one layout rule: the good document gives it no finding, and each case — the good
 * document with exactly one figure broken — gives exactly this rule's finding at that paragraph.
 */
export function describeLayoutRule(id: string, cases: BrokenCase[]): void {
  describe(id, () => {
    test('the rendered document passes', async () => {
      expect((await findings(await goodDocx())).filter((f) => f.startsWith(`${id} `))).toEqual([]);
    });
    test.each(cases)('$what', async ({ edit }) => {
      let at = 0;
      const bytes = await broken((doc) => {
        at = edit(doc);
      });
      expect(at).toBeGreaterThan(0);
      expect(await findings(bytes)).toEqual([`${id} ¶${at}`]);
    });
  });
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Ends the document's section after its last block and adds an annex in a landscape A4 section
 * of its own (as Word does for a wide table: a w:sectPr in the last paragraph of the portrait part,
 * the body's final w:sectPr turned). Returns the annex's first paragraph number.
 */
export function addLandscapeAnnex(doc: Document, margins: Margins): number {
  const body = wAll(doc, 'body')[0];
  const finalSection = Array.from(body.childNodes).filter((n) => (n as Element).localName === 'sectPr').at(-1) as Element;
  const closing = doc.createElementNS(W, 'w:p');
  const pPr = doc.createElementNS(W, 'w:pPr');
  pPr.appendChild(finalSection.cloneNode(true));
  closing.appendChild(pPr);
  body.insertBefore(closing, finalSection);
  const annex = doc.createElementNS(W, 'w:p');
  const run = doc.createElementNS(W, 'w:r');
  const text = doc.createElementNS(W, 'w:t');
  text.appendChild(doc.createTextNode('Phụ lục'));
  run.appendChild(text);
  annex.appendChild(run);
  body.insertBefore(annex, finalSection);
  const size = wAll(finalSection, 'pgSz')[0];
  size.setAttributeNS(W, 'w:w', '16838');
  size.setAttributeNS(W, 'w:h', '11906');
  size.setAttributeNS(W, 'w:orient', 'landscape');
  const mar = wAll(finalSection, 'pgMar')[0];
  for (const [side, twips] of Object.entries(margins)) mar.setAttributeNS(W, `w:${side}`, String(twips));
  return paragraphs(doc).length;
}

/** The portrait margins of render.md (20, 20, 30, 15 mm) turned for a landscape page: the binding edge on top. */
export const TURNED_MARGINS: Margins = { top: 1701, bottom: 851, left: 1134, right: 1134 };
