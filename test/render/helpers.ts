// Shared by the render tests: render a plan in process, open the package, read its XML back
// with a real XML parser (never regexes for structure).
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocxBytes, resolvePlan, type RenderRequest, type ResolvedPlan } from '../../src/pipeline/render.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SON_LA = join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml');
export const PHU_YEN = join(ROOT, 'examples/plans/phu-yen-40-kh-ldld-2024.yaml');
export const PARTY_EXAMPLE = join(ROOT, 'examples/plans/vi-du-huyen-uy-tuy-an-kh-12-2024.yaml');
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A plan the test expects to pass the model: resolved, or the test fails here. */
export function resolvedPlan(request: Pick<RenderRequest, 'plan' | 'cwd' | 'lang'>): ResolvedPlan {
  const resolved = resolvePlan(request);
  if (!resolved.plan) throw new Error(`${resolved.file} does not pass the plan model`);
  return resolved;
}

export async function renderInProcess(planPath: string, draft = false): Promise<Buffer> {
  const resolved = resolvedPlan({ plan: planPath, cwd: ROOT, lang: 'vi' });
  return renderDocxBytes(resolved, draft);
}

export interface Package {
  zip: JSZip;
  document: Document;
  styles: Document;
  text(name: string): Promise<string>;
  xml(name: string): Promise<Document>;
}

export async function openPackage(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  const xml = async (name: string) => new DOMParser().parseFromString(await text(name), 'text/xml');
  return { zip, document: await xml('word/document.xml'), styles: await xml('word/styles.xml'), text, xml };
}

/** Direct children of `parent` named w:<local>. */
export function children(parent: Element | Document, local: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Element;
    if (n.nodeType === 1 && n.namespaceURI === W && n.localName === local) out.push(n);
  }
  return out;
}

export function child(parent: Element, local: string): Element | undefined {
  return children(parent, local)[0];
}

/** All descendants named w:<local>. */
export function all(parent: Element | Document, local: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(W, local)) as Element[];
}

export function wAttr(el: Element | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null : null;
}

export function body(doc: Document): Element {
  return all(doc, 'body')[0];
}

/**
 * The text of a paragraph (or any element) as a reader sees it: its w:t contents joined, a
 * non-breaking hyphen (w:noBreakHyphen) read as "-", the invisible word joiner (U+2060) left out.
 */
export function textOf(el: Element): string {
  let text = '';
  const walk = (node: Element) => {
    if (node.namespaceURI === W && node.localName === 't') text += node.textContent ?? '';
    else if (node.namespaceURI === W && node.localName === 'noBreakHyphen') text += '-';
    else for (let i = 0; i < node.childNodes.length; i++) if (node.childNodes[i].nodeType === 1) walk(node.childNodes[i] as Element);
  };
  walk(el);
  return text.replaceAll('\u2060', '');
}

/** A toggle property (w:b, w:i …) is on when present and not switched off. */
export function isOn(rPr: Element | undefined, local: string): boolean {
  const el = rPr ? child(rPr, local) : undefined;
  if (!el) return false;
  const val = wAttr(el, 'val');
  return val === null || !['false', '0', 'off'].includes(val);
}

export interface RunFormat {
  size: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** The formatting of the runs that carry text in a paragraph; throws if they disagree. */
export function runFormat(p: Element): RunFormat {
  const formats = all(p, 'r')
    .filter((r) => all(r, 't').length > 0)
    .map((r): RunFormat => {
      const rPr = child(r, 'rPr');
      const sz = rPr ? wAttr(child(rPr, 'sz'), 'val') : null;
      const u = rPr ? child(rPr, 'u') : undefined;
      return { size: sz ? Number(sz) : null, bold: isOn(rPr, 'b'), italic: isOn(rPr, 'i'), underline: !!u && wAttr(u, 'val') !== 'none' };
    });
  if (formats.length === 0) throw new Error(`paragraph without text: ${p.toString().slice(0, 200)}`);
  for (const f of formats) if (JSON.stringify(f) !== JSON.stringify(formats[0])) throw new Error('runs of one paragraph differ');
  return formats[0];
}

export function paragraphStyle(p: Element): string | null {
  const pPr = child(p, 'pPr');
  return pPr ? wAttr(child(pPr, 'pStyle'), 'val') : null;
}

/** Relationship id → target, from a part's .rels. */
export async function relationships(pkg: Package, part: string): Promise<Map<string, string>> {
  const slash = part.lastIndexOf('/');
  const rels = await pkg.xml(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  const map = new Map<string, string>();
  for (const rel of Array.from(rels.getElementsByTagName('Relationship'))) {
    map.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '');
  }
  return map;
}

export function relId(el: Element): string {
  return el.getAttributeNS(R, 'id') || el.getAttribute('r:id') || '';
}
