// Issue 18, "Done when": two real plans of another office (../shared/documents/, MANIFEST.yaml),
// transcribed as YAML with the outline keys (test/fixtures/office/lam-dong/), render with the
// original's outline. The outline is read the same way from both DOCX files: the body paragraphs
// outside tables, up to the annex, with Word's automatic numbers (w:numPr) written out as the
// original shows them; each paragraph with a label becomes one entry — roman sections in full,
// arabic and lettered sub-headings/items as label + text, "- " indicator labels inside the
// indicator parts — and a paragraph that states a reporting duty is marked, so that where the
// reporting sentences sit (inside Tổ chức thực hiện, no section of their own) is compared too.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/pipeline/render.js';
import { all, ROOT, textOf, wAttr, resolvedPlan } from './helpers.js';

// Copies of the originals (shared/documents/), so that the test reads the same bytes on any checkout.
const DOCUMENTS = join(ROOT, 'test', 'fixtures', 'office', 'originals');
const FIXTURES = 'test/fixtures/office/lam-dong';

async function parts(bytes: Buffer): Promise<{ document: Document; numbering: Document | null }> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (name: string) => {
    const file = zip.file(name);
    return file ? new DOMParser().parseFromString(await file.async('string'), 'text/xml') : null;
  };
  const document = await parse('word/document.xml');
  if (!document) throw new Error('word/document.xml missing');
  return { document, numbering: await parse('word/numbering.xml') };
}

/** Word's automatic number of a paragraph ("1.", "a)"), from numbering.xml: decimal and lowerLetter are all these plans use. */
function autoNumberer(numbering: Document | null): (p: Element) => string {
  const abstractOf = new Map<string, string>();
  const levels = new Map<string, { fmt: string; text: string; start: number }>();
  if (numbering) {
    for (const num of all(numbering, 'num')) abstractOf.set(wAttr(num, 'numId') ?? '', wAttr(all(num, 'abstractNumId')[0], 'val') ?? '');
    for (const abs of all(numbering, 'abstractNum')) {
      for (const lvl of all(abs, 'lvl')) {
        levels.set(`${wAttr(abs, 'abstractNumId')}/${wAttr(lvl, 'ilvl')}`, {
          fmt: wAttr(all(lvl, 'numFmt')[0], 'val') ?? 'decimal',
          text: wAttr(all(lvl, 'lvlText')[0], 'val') ?? '',
          start: Number(wAttr(all(lvl, 'start')[0], 'val') ?? '1'),
        });
      }
    }
  }
  const counters = new Map<string, number>();
  return (p) => {
    const numPr = all(p, 'numPr')[0];
    if (!numPr) return '';
    const numId = wAttr(all(numPr, 'numId')[0], 'val') ?? '';
    const ilvl = wAttr(all(numPr, 'ilvl')[0], 'val') ?? '0';
    const level = levels.get(`${abstractOf.get(numId)}/${ilvl}`);
    if (!level || level.fmt === 'bullet' || level.fmt === 'none') return '';
    const key = `${numId}/${ilvl}`;
    const n = (counters.get(key) ?? level.start - 1) + 1;
    counters.set(key, n);
    const shown = level.fmt === 'lowerLetter' ? 'abcdefghijklmnopqrstuvwxyz'[n - 1] : String(n);
    return `${level.text.replace(/%\d/, shown)} `;
  };
}

function inTable(el: Element): boolean {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'tbl') return true;
  return false;
}

const REPORTING = /báo cáo/i;

/** The outline of a plan's DOCX, as described at the top of this file. */
async function outline(bytes: Buffer): Promise<string[]> {
  const { document, numbering } = await parts(bytes);
  const number = autoNumberer(numbering);
  const entries: string[] = [];
  let inIndicators = false;
  let started = false;
  for (const p of all(document, 'p')) {
    if (inTable(p) || all(p, 'numPr').length === 0 && textOf(p).trim() === '') continue;
    const text = (number(p) + textOf(p)).replace(/\s+/g, ' ').trim();
    if (text === 'PHỤ LỤC') break;
    const roman = /^[IVX]+\. /.test(text);
    if (roman) started = true;
    if (!started) continue;
    const reports = REPORTING.test(text) && !inIndicators ? ' [báo cáo]' : '';
    if (roman) {
      entries.push(`section ${text}`);
      inIndicators = /CHỈ TIÊU|MỤC TIÊU/.test(text) && !/NHIỆM VỤ/.test(text);
    } else if (/^\d+(\.\d+)*[.)] /.test(text) || /^[a-zđ]\) /.test(text)) {
      // A sub-heading or item: its label and the start of its words (whole paragraphs run long).
      entries.push(`item ${text.slice(0, 60)}${reports}`);
      if (/^[a-zđ]\) /.test(text)) inIndicators = /^[a-zđ]\) Mục tiêu$/.test(text);
    } else if (inIndicators && text.startsWith('- ')) {
      entries.push('indicator -');
    }
  }
  return entries;
}

const PLANS = ['ld-kh-cchc-2026', 'ld-kh-pcmt-2030'];

describe('office plans render in their own outline', () => {
  for (const id of PLANS) {
    it(`${id}: the rendered outline equals the original's`, async () => {
      const original = await outline(readFileSync(join(DOCUMENTS, `${id}.docx`)));
      const resolved = resolvedPlan({ plan: join(FIXTURES, `${id}.yaml`), cwd: ROOT, lang: 'vi' });
      expect(resolved.diagnostics).toEqual([]);
      const rendered = await outline(await renderDocxBytes(resolved, false));
      expect(original.length).toBeGreaterThan(10);
      expect(rendered).toEqual(original);
    });
  }
});
