// layout/date-line: place and date (render.md "Header block": "Sơn La, ngày 03 tháng 4 năm
// 2023", 13–14 pt italic, centred; days under 10 and months 1 and 2 written with a leading
// zero, the other months without: "tháng 4", not "tháng 04"; blanks kept for the clerk).
import { everyRun, inRange, mainProps, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'missing' | 'day' | 'month' | 'size' | 'italic';

export default defineLayoutRule({
  id: 'layout/date-line',
  severity: 'error',
  description: { vi: 'Địa danh và ngày tháng: chữ nghiêng, đúng cỡ chữ; ngày dưới 10 và tháng 1, 2 có số 0 ở trước, các tháng khác thì không ("tháng 4", không phải "tháng 04")', en: 'Place and date: italic, in its size; days under 10 and months 1 and 2 with a leading zero, other months without ("tháng 4", not "tháng 04")' },
  messages: {
    missing: { vi: 'Không thấy dòng địa danh, ngày tháng ("…, ngày … tháng … năm …") ở phần đầu văn bản.', en: 'The place and date line ("…, ngày … tháng … năm …") is missing from the header.' },
    day: { vi: 'Ngày viết "{actual}"; đúng là "{expected}".', en: 'The day reads "{actual}"; it should be "{expected}".' },
    month: { vi: 'Tháng viết "{actual}"; đúng là "{expected}".', en: 'The month reads "{actual}"; it should be "{expected}".' },
    size: { vi: 'Dòng địa danh, ngày tháng cỡ {size} pt; cần {range} pt.', en: 'The place and date line is {size} pt; {range} pt expected.' },
    italic: { vi: 'Dòng địa danh, ngày tháng phải in nghiêng.', en: 'The place and date line must be italic.' },
  },
  checkDocx({ layout, parts }) {
    const p = parts.placeDate;
    if (!p) return parts.headerTable ? [{ paragraph: parts.headerTable.first, message: 'missing' }] : [];
    const findings: LayoutFinding<Message>[] = [];
    const text = plain(p.text);
    const day = /ngày\s+(\d+)/u.exec(text)?.[1];
    if (day !== undefined) {
      const expected = String(Number(day)).padStart(2, '0');
      if (day !== expected) findings.push({ paragraph: p.number, message: 'day', data: { actual: `ngày ${day}`, expected: `ngày ${expected}` } });
    }
    const month = /tháng\s+(\d+)/u.exec(text)?.[1];
    if (month !== undefined) {
      const m = Number(month);
      const expected = m <= 2 ? String(m).padStart(2, '0') : String(m);
      if (month !== expected) findings.push({ paragraph: p.number, message: 'month', data: { actual: `tháng ${month}`, expected: `tháng ${expected}` } });
    }
    const range = layout.accepted.placeDate;
    if (!everyRun(p, (r) => inRange(r.size, range))) findings.push({ paragraph: p.number, message: 'size', data: { size: pt(mainProps(p).size), range: ptRange(range) } });
    if (!everyRun(p, (r) => r.italic === true)) findings.push({ paragraph: p.number, message: 'italic' });
    return findings;
  },
});
