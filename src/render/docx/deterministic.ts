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

export async function makeDeterministic(packed: Buffer, stamp: string): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name].dir)
    .sort(entryOrder);
  const out = new JSZip();
  for (const name of names) {
    let content: Uint8Array | string = await source.files[name].async('uint8array');
    if (name === 'docProps/core.xml') content = fixCoreProperties(new TextDecoder().decode(content), stamp);
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
