// layout/margins: NĐ30's page margins, top and bottom 20–25 mm, left 30–35, right 15–20
// (render.md "Page"; the same ranges the config is held to, src/model/schemas.ts). A landscape
// section (an annex's wide table) is the portrait sheet turned: its binding margin, 30–35 mm,
// is at the top or the bottom, the opposite edge 15–20 mm, and left and right are the portrait
// top and bottom, 20–25 mm. Word turns the margins with the page, one way or the other: either
// is accepted, the larger of top and bottom being taken as the binding edge.
import { ND30_MARGINS_MM } from '../../../model/schemas.js';
import { TWIPS_PER_MM } from '../../../render/layout/page.js';
import type { DocxSection } from '../../../docx/read.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Side = 'top' | 'bottom' | 'left' | 'right';
const SIDES = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const SIDES_EN = { top: 'top', bottom: 'bottom', left: 'left', right: 'right' } as const;
/** Half a millimetre of slack: 20 mm is 1134 twips in one program and 1133 in another. */
const SLACK_MM = 0.5;

const mmOf = (twips: number | undefined) => Math.abs(twips ?? 0) / TWIPS_PER_MM;

const isLandscape = (s: DocxSection) => (s.width ?? 0) > (s.height ?? 0);

/** The range each edge of a landscape section is held to: NĐ30's, turned with the page. */
function turnedRanges(s: DocxSection): Record<Side, readonly [number, number]> {
  const bindingAtTop = mmOf(s.margins.top) >= mmOf(s.margins.bottom);
  const [binding, opposite] = [ND30_MARGINS_MM.left, ND30_MARGINS_MM.right];
  return {
    top: bindingAtTop ? binding : opposite,
    bottom: bindingAtTop ? opposite : binding,
    left: ND30_MARGINS_MM.bottom,
    right: ND30_MARGINS_MM.top,
  };
}

export default defineLayoutRule({
  id: 'layout/margins',
  severity: 'error',
  description: { vi: 'Lề trang theo Nghị định 30: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm (trang ngang: xoay theo trang)', en: 'Page margins of Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (landscape: turned with the page)' },
  messages: {
    'out-of-range': {
      vi: 'Lề {side} {value} mm, ngoài khoảng {min}–{max} mm của Nghị định 30.',
      en: 'The {sideEn} margin is {value} mm, outside the {min}–{max} mm of Decree 30.',
    },
    unset: {
      vi: 'Văn bản không đặt lề {side} (w:pgMar): Word và LibreOffice dùng lề mặc định (thường 25,4 mm); đặt lề theo Nghị định 30, {min}–{max} mm.',
      en: 'The document sets no {sideEn} margin (w:pgMar): Word and LibreOffice use their default (often 25.4 mm); set Decree 30\'s {min}–{max} mm.',
    },
    'landscape-out-of-range': {
      vi: 'Trang ngang: lề {side} {value} mm, ngoài khoảng {min}–{max} mm (trang ngang giữ lề của trang dọc, xoay theo trang: lề gáy 30–35 mm ở trên hoặc dưới, cạnh đối diện 15–20 mm, lề trái và phải 20–25 mm).',
      en: 'Landscape page: the {sideEn} margin is {value} mm, outside {min}–{max} mm (a landscape page keeps the portrait margins, turned: the 30–35 mm binding margin at the top or bottom, the opposite edge 15–20 mm, left and right 20–25 mm).',
    },
  },
  checkDocx({ docx }) {
    const findings: LayoutFinding<'out-of-range' | 'landscape-out-of-range' | 'unset'>[] = [];
    for (const s of docx.sections) {
      const landscape = isLandscape(s);
      const ranges = landscape ? turnedRanges(s) : ND30_MARGINS_MM;
      const message = landscape ? 'landscape-out-of-range' : 'out-of-range';
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const [min, max] = ranges[side];
        // Not set (pandoc's default document): not "0 mm", but a margin left to the program.
        if (s.margins[side] === undefined) {
          findings.push({ paragraph: s.first, message: 'unset', data: { side: SIDES[side], sideEn: SIDES_EN[side], min, max } });
          continue;
        }
        const mm = mmOf(s.margins[side]);
        if (mm < min - SLACK_MM || mm > max + SLACK_MM) {
          findings.push({ paragraph: s.first, message, data: { side: SIDES[side], sideEn: SIDES_EN[side], value: mm.toFixed(1).replace(/\.0$/, '').replace('.', ','), min, max } });
        }
      }
    }
    return findings;
  },
});
