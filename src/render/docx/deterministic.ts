// The post-pass that makes the same input give the same bytes on any machine, in any time
// zone, at any hour (render.md "The file itself"; docs notes "Timestamps"): `docx` stamps the
// core properties and the zip entries with the current time.
import JSZip from 'jszip';

/** One fixed entry date. JSZip writes DOS times from the UTC fields, so no time zone leaks in. */
const ZIP_ENTRY_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** `[Content_Types].xml` first (as Word writes it), then the rest by name. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Core properties: created = modified = the plan's date; no lastModifiedBy (render.md). */
export function fixCoreProperties(xml: string, stamp: string): string {
  const iso = stamp.replace(/\.\d+Z$/, 'Z');
  return xml
    .replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>|<cp:lastModifiedBy\/>/g, '')
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
}

/** A style's id and the ids it depends on (basedOn, next, link). */
const STYLE_BLOCK = /<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const STYLE_REFERENCE = /<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link)\s+w:val="([^"]+)"/g;

/**
 * render.md "The file itself": only styles that are used. The `docx` package writes its whole
 * built-in set (Title, Heading 4–6, Hyperlink …); a clerk opening the file should see in the
 * style list only what the plan uses. Kept: default styles, styles the parts refer to, and
 * what those are based on, linked to or followed by. (docx writes each style as one flat
 * <w:style> element, which the pattern above matches whole.)
 */
export function pruneUnusedStyles(stylesXml: string, referencingParts: readonly string[]): string {
  const blocks = new Map<string, string>();
  for (const m of stylesXml.matchAll(STYLE_BLOCK)) blocks.set(m[1], m[0]);
  const used = new Set<string>();
  const queue: string[] = [];
  const mark = (id: string) => {
    if (!used.has(id) && blocks.has(id)) {
      used.add(id);
      queue.push(id);
    }
  };
  for (const [id, block] of blocks) if (/w:default="(?:1|true)"/.test(block.slice(0, block.indexOf('>')))) mark(id);
  for (const part of referencingParts) for (const m of part.matchAll(STYLE_REFERENCE)) mark(m[1]);
  while (queue.length) {
    const id = queue.pop()!;
    for (const m of blocks.get(id)!.matchAll(STYLE_REFERENCE)) mark(m[1]);
  }
  return stylesXml.replace(STYLE_BLOCK, (block, id: string) => (used.has(id) ? block : ''));
}

/** The parts whose content refers to styles by id. */
const isStyleUser = (name: string) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes|numbering)\.xml$/.test(name);

export async function makeDeterministic(packed: Buffer, stamp: string): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name].dir)
    .sort(entryOrder);
  const decoder = new TextDecoder();
  const users = await Promise.all(names.filter(isStyleUser).map(async (name) => decoder.decode(await source.files[name].async('uint8array'))));
  const out = new JSZip();
  for (const name of names) {
    const bytes = await source.files[name].async('uint8array');
    let content: Uint8Array | string = bytes;
    if (name === 'docProps/core.xml') content = fixCoreProperties(decoder.decode(bytes), stamp);
    if (name === 'word/styles.xml') content = pruneUnusedStyles(decoder.decode(bytes), users);
    out.file(name, content, { date: ZIP_ENTRY_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
    streamFiles: false,
  });
}
