// PDF text layer → paragraphs (import.md): one per printed line. A PDF without text (a scan)
// cannot be imported before OCR.
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import type { SourceParagraph } from './paragraphs.js';

export async function readPdfText(_bytes: Uint8Array, lang: Lang): Promise<SourceParagraph[]> {
  throw new UserError(lang === 'en' ? 'PDF import is not available yet: save the document as .docx.' : 'Chưa đọc được PDF: hãy lưu văn bản thành .docx.');
}
