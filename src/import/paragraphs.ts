// The one shape every reader hands to the parser: the document's paragraphs in reading order,
// with what the layout tells (bold, italic, in which table cell). DOCX, PDF and plain text
// each make these; the parser never sees the file format.
import type { TablePlace } from './docx-text.js';

export interface SourceParagraph {
  /** 1-based, as `kehoach check` numbers paragraphs. */
  index: number;
  text: string;
  bold: boolean;
  italic: boolean;
  table: TablePlace | null;
}

/** Soft breaks and tabs as spaces, runs of spaces as one, NFC, trimmed: text as a reader sees it. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\t\n\u00a0]/g, ' ').replace(/ {2,}/g, ' ').trim();
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
