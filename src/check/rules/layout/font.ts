// layout/font: Times New Roman everywhere (render.md "Page": in the four w:rFonts slots, and
// the document's default run style says so). A face that is not installed — "Times New Roman
// Bold" as a family name — prints in the viewer's fallback font (a real document's headings).
import { visibleRuns } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

const isTimes = (face: string | undefined) => face !== undefined && face.trim().toLowerCase() === 'times new roman';

export default defineLayoutRule({
  id: 'layout/font',
  severity: 'error',
  description: { vi: 'Phông chữ Times New Roman (bộ mã Unicode) cho toàn văn bản', en: 'Times New Roman (Unicode) throughout the document' },
  messages: {
    'run-font': {
      vi: 'Đoạn này dùng phông "{font}", không phải Times New Roman.',
      en: 'This paragraph is set in "{font}", not Times New Roman.',
    },
    'default-font': {
      vi: 'Phông mặc định của văn bản là "{font}", không phải Times New Roman (ở cả bốn vị trí ascii, hAnsi, cs, eastAsia).',
      en: 'The document\'s default font is "{font}", not Times New Roman (in all four slots ascii, hAnsi, cs, eastAsia).',
    },
  },
  checkDocx({ docx }) {
    const findings: LayoutFinding<'run-font' | 'default-font'>[] = [];
    const defaults = docx.styles.defaultsRun.fonts;
    const slots = [defaults.ascii, defaults.hAnsi, defaults.cs, defaults.eastAsia];
    if (!slots.every(isTimes)) findings.push({ paragraph: 1, message: 'default-font', data: { font: slots.find((f) => !isTimes(f)) ?? '(không đặt)' } });
    for (const p of docx.paragraphs) {
      // Vietnamese letters fall in the ascii and hAnsi slots (Word, LibreOffice): those print.
      const bad = visibleRuns(p).find((r) => !isTimes(r.props.fonts.ascii) || !isTimes(r.props.fonts.hAnsi));
      if (bad) findings.push({ paragraph: p.number, message: 'run-font', data: { font: (!isTimes(bad.props.fonts.ascii) ? bad.props.fonts.ascii : bad.props.fonts.hAnsi) ?? '(không đặt)' } });
    }
    return findings;
  },
});
