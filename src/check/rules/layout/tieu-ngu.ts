// layout/tieu-ngu: the motto "Độc lập - Tự do - Hạnh phúc" (render.md "Header block": 13–14 pt
// bold, centred, the first letter of each phrase a capital, hyphens with a space each side).
// The Party format has no motto.
import { everyRun, inRange, mainProps, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

export default defineLayoutRule({
  id: 'layout/tieu-ngu',
  severity: 'error',
  description: { vi: 'Tiêu ngữ "Độc lập - Tự do - Hạnh phúc": chữ đầu các cụm viết hoa, đậm, đúng cỡ chữ, căn giữa', en: 'The motto "Độc lập - Tự do - Hạnh phúc": each phrase capitalised, bold, in its size, centred' },
  messages: {
    missing: { vi: 'Không thấy Tiêu ngữ "{expected}" dưới Quốc hiệu.', en: 'The motto "{expected}" is missing under the national name.' },
    wording: { vi: 'Tiêu ngữ viết "{actual}"; đúng là "{expected}".', en: 'The motto reads "{actual}"; it should be "{expected}".' },
    size: { vi: 'Tiêu ngữ cỡ {size} pt; cần {range} pt.', en: 'The motto is {size} pt; {range} pt expected.' },
    bold: { vi: 'Tiêu ngữ phải in đậm.', en: 'The motto must be bold.' },
    align: { vi: 'Tiêu ngữ phải căn giữa.', en: 'The motto must be centred.' },
  },
  checkDocx({ layout, parts }) {
    const expected = layout.header.motto;
    if (expected === null) return [];
    const p = parts.motto;
    if (!p) return parts.nationalName ? [{ paragraph: parts.nationalName.number, message: 'missing', data: { expected } }] : [];
    const findings: LayoutFinding<'missing' | 'wording' | 'size' | 'bold' | 'align'>[] = [];
    if (plain(p.text) !== expected) findings.push({ paragraph: p.number, message: 'wording', data: { actual: plain(p.text), expected } });
    const range = layout.accepted.motto;
    if (!everyRun(p, (r) => inRange(r.size, range))) findings.push({ paragraph: p.number, message: 'size', data: { size: pt(mainProps(p).size), range: ptRange(range) } });
    if (!everyRun(p, (r) => r.bold === true)) findings.push({ paragraph: p.number, message: 'bold' });
    if (p.props.align !== 'center') findings.push({ paragraph: p.number, message: 'align' });
    return findings;
  },
});
