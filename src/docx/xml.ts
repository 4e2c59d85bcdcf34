// Walking WordprocessingML with a real XML parser (@xmldom/xmldom): elements by namespace and
// local name, attributes in the w: namespace, and Word's on/off values. No regular expressions
// over XML (spec/import.md "Dependencies").
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export function parseXml(text: string): Document {
  // A broken part is the document's problem: the caller says which part could not be read.
  let failed: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') failed = message;
    },
  }).parseFromString(text, 'text/xml');
  if (failed !== undefined || !doc.documentElement) throw new Error(failed ?? 'empty XML');
  return doc;
}

export function elementChildren(parent: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Direct children w:<local>. */
export function wChildren(parent: Element | Document, local: string): Element[] {
  return elementChildren(parent).filter((e) => e.namespaceURI === W && e.localName === local);
}

export function wChild(parent: Element | undefined, local: string): Element | undefined {
  return parent ? wChildren(parent, local)[0] : undefined;
}

/** Every descendant in namespace `ns` named `local`. */
export function descendants(parent: Element | Document, local: string, ns = W): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, local)) as Element[];
}

export function isW(el: Element, local: string): boolean {
  return el.namespaceURI === W && el.localName === local;
}

/** The value of w:<name> on `el`, or undefined. */
export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, name);
  return v === null || v === '' ? undefined : v;
}

export function wNumber(el: Element | undefined, name: string): number | undefined {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** An ST_OnOff toggle (w:b, w:i …): present means on unless w:val says false/0/off. */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, 'val');
  return v === undefined || !['false', '0', 'off', 'none'].includes(v);
}
