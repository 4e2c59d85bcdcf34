// The one shape every reader hands to the parser: the document's paragraphs in reading order,
// with what the layout tells (bold, italic, in which table cell). DOCX, PDF and plain text
// each make these; the parser never sees the file format.
/** Where a paragraph stands in a table: which table of the body (0-based, nested ones counted), which row and cell. */
export interface TablePlace {
  table: number;
  row: number;
  cell: number;
}

export interface SourceParagraph {
  /** 1-based, as `kehoach check` numbers paragraphs. */
  index: number;
  text: string;
  bold: boolean;
  italic: boolean;
  table: TablePlace | null;
}

/**
 * Text as a reader sees it: NFC, soft breaks as spaces, two spaces as one, trimmed. A tab or a
 * run of three or more spaces stays as exactly three: it separates two columns typed on one
 * line ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …"), which the header and the signature block split.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\n\u00a0]/g, ' ')
    .replace(/\t/g, '   ')
    .replace(/ {3,}/g, '\u0000')
    .replace(/ {2}/g, ' ')
    .replace(/\u0000/g, '   ')
    .trim();
}

/** Plain text (a .txt, or a PDF's text layer): one paragraph per non-empty line. */
export function textParagraphs(text: string): SourceParagraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({ index: i + 1, text: line, bold: false, italic: false, table: null }));
}
