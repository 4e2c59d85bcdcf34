// layout/page-size: A4 (render.md "Page": w:pgSz 11906 × 16838), portrait for the plan itself;
// an annex section may be landscape (render.md "Annexes"). Word also writes A4 as 11907 × 16840.
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

/** Twips of slack: Word, LibreOffice and the docx package round A4 differently. */
const SLACK = 20;
const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= SLACK;

export default defineLayoutRule({
  id: 'layout/page-size',
  severity: 'error',
  description: { vi: 'Khổ giấy A4 (210 × 297 mm), trang dọc cho phần chính', en: 'A4 paper (210 × 297 mm), portrait for the main part' },
  messages: {
    'not-a4': {
      vi: 'Khổ giấy {width} × {height} mm, không phải A4 (210 × 297 mm).',
      en: 'The paper is {width} × {height} mm, not A4 (210 × 297 mm).',
    },
    unset: {
      vi: 'Văn bản không đặt khổ giấy (w:pgSz): Word và LibreOffice dùng khổ mặc định của chương trình (thường là Letter, 216 × 279 mm); đặt khổ A4 (210 × 297 mm).',
      en: 'The document sets no paper size (w:pgSz): Word and LibreOffice use their own default (often Letter, 216 × 279 mm); set A4 (210 × 297 mm).',
    },
    landscape: {
      vi: 'Phần chính của văn bản phải trình bày theo chiều dọc của khổ A4.',
      en: 'The main part of the document must be A4 portrait.',
    },
  },
  checkDocx({ docx, page }) {
    const findings: LayoutFinding<'not-a4' | 'unset' | 'landscape'>[] = [];
    docx.sections.forEach((s, i) => {
      // No size at all (pandoc's default document): not "0 × 0 mm", but a size left to the machine.
      if (s.width === undefined || s.height === undefined) {
        findings.push({ paragraph: s.first, message: 'unset' });
        return;
      }
      const portrait = near(s.width, page.width) && near(s.height, page.height);
      const landscape = near(s.width, page.height) && near(s.height, page.width);
      const mm = (tw: number | undefined) => String(Math.round((tw ?? 0) / 56.7));
      if (!portrait && !landscape) findings.push({ paragraph: s.first, message: 'not-a4', data: { width: mm(s.width), height: mm(s.height) } });
      else if (landscape && i === 0) findings.push({ paragraph: s.first, message: 'landscape' });
    });
    return findings;
  },
});
