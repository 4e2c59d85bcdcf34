// layout/margins: NĐ30's page margins, top and bottom 20–25 mm, left 30–35, right 15–20
// (render.md "Page"; the same ranges the config is held to, src/model/schemas.ts). Portrait
// sections only: a landscape annex turns the page and its margins with it.
import { ND30_MARGINS_MM } from '../../../model/schemas.js';
import { TWIPS_PER_MM } from '../../../render/layout/page.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

const SIDES = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const SIDES_EN = { top: 'top', bottom: 'bottom', left: 'left', right: 'right' } as const;
/** Half a millimetre of slack: 20 mm is 1134 twips in one program and 1133 in another. */
const SLACK_MM = 0.5;

export default defineLayoutRule({
  id: 'layout/margins',
  severity: 'error',
  description: { vi: 'Lề trang theo Nghị định 30: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm', en: 'Page margins of Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm' },
  messages: {
    'out-of-range': {
      vi: 'Lề {side} {value} mm, ngoài khoảng {min}–{max} mm của Nghị định 30.',
      en: 'The {sideEn} margin is {value} mm, outside the {min}–{max} mm of Decree 30.',
    },
  },
  checkDocx({ docx }) {
    const findings: LayoutFinding<'out-of-range'>[] = [];
    for (const s of docx.sections) {
      if ((s.width ?? 0) > (s.height ?? 0)) continue;
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const twips = s.margins[side] ?? 0;
        const mm = Math.abs(twips) / TWIPS_PER_MM;
        const [min, max] = ND30_MARGINS_MM[side];
        if (mm < min - SLACK_MM || mm > max + SLACK_MM) {
          findings.push({ paragraph: s.first, message: 'out-of-range', data: { side: SIDES[side], sideEn: SIDES_EN[side], value: mm.toFixed(1).replace(/\.0$/, '').replace('.', ','), min, max } });
        }
      }
    }
    return findings;
  },
});
