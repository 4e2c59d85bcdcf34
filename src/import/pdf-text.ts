// A PDF's text layer → paragraphs (import.md), with pdfjs-dist (legacy build: Node without a
// browser). Text items are gathered into printed lines by their baseline, columns kept apart by
// a wide gap ("THỦ TƯỚNG CHÍNH PHỦ   CỘNG HÒA …"), and lines joined into paragraphs where the
// next line neither starts indented nor starts a numbered item. A PDF with no text (a scan)
// needs OCR first: exit 2.
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import type { SourceParagraph } from './paragraphs.js';

interface PrintedLine {
  page: number;
  y: number;
  x: number;
  text: string;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** A gap wider than this (PDF points) between two items of a line separates two columns. */
const COLUMN_GAP = 12;
/** A line that starts this much right of the page's left edge starts a paragraph (first-line indent) or is centred. */
const INDENT = 12;
const STARTS_ITEM = /^([IVXLC]+\.|\d+(\.\d+)*[.)]|[a-zđ]\)|[-–+•]|Điều\s+\d+)\s/u;

async function printedLines(bytes: Uint8Array): Promise<PrintedLine[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may detach the buffer it is given: it gets a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: PrintedLine[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const rows: { y: number; items: TextItem[] }[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      const item = raw as TextItem;
      const y = item.transform[5];
      const row = rows.find((r) => Math.abs(r.y - y) < 2);
      if (row) row.items.push(item);
      else rows.push({ y, items: [item] });
    }
    rows.sort((a, b) => b.y - a.y);
    const pageLines: PrintedLine[] = [];
    for (const row of rows) {
      row.items.sort((a, b) => a.transform[4] - b.transform[4]);
      let text = '';
      let end = -Infinity;
      for (const item of row.items) {
        const x = item.transform[4];
        if (text && x - end > COLUMN_GAP) text = `${text.trimEnd()}   `;
        text += item.str;
        end = x + item.width;
      }
      if (text.trim()) pageLines.push({ page: n, y: row.y, x: row.items[0].transform[4], text: text.trim() });
    }
    // The page number printed at the top of pages after the first is page furniture, not text.
    if (n > 1 && pageLines.length && /^\d{1,3}$/.test(pageLines[0].text)) pageLines.shift();
    lines.push(...pageLines);
  }
  await pdf.destroy();
  return lines;
}

export async function readPdfText(bytes: Uint8Array, lang: Lang): Promise<SourceParagraph[]> {
  let lines: PrintedLine[];
  try {
    lines = await printedLines(bytes);
  } catch {
    throw new UserError(lang === 'en' ? 'The PDF could not be read (damaged or protected).' : 'Không đọc được tệp PDF (tệp hỏng hoặc có mật khẩu).');
  }
  if (lines.length === 0) {
    throw new UserError(
      lang === 'en'
        ? 'The PDF has no text layer (a scan): it needs OCR first (e.g. ocrmypdf -l vie), then run import again.'
        : 'Tệp PDF không có lớp chữ (bản quét): cần nhận dạng chữ (OCR) trước, ví dụ "ocrmypdf -l vie", rồi chạy lại lệnh import.',
    );
  }
  // The left edge of the text: the most common starting x of the lines.
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const paragraphs: SourceParagraph[] = [];
  let previous: PrintedLine | undefined;
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    const continues =
      last !== undefined &&
      previous !== undefined &&
      line.page >= previous.page &&
      Math.abs(line.x - left) < INDENT &&
      !STARTS_ITEM.test(line.text) &&
      !line.text.includes('   ') &&
      !previous.text.includes('   ');
    if (continues) last.text = `${last.text} ${line.text}`;
    else paragraphs.push({ index: paragraphs.length + 1, text: line.text, bold: false, italic: false, table: null });
    previous = line;
  }
  return paragraphs;
}
