// layout/so-ky-hieu: the number line (render.md "Header block": "Số: 93/KH-UBND", 13 pt
// upright, numbers under 10 written 01..09; unnumbered "Số:      /KH-UBND"; the Party writes
// "Số 28-CT/TW" without a colon, 14 pt).
import { everyRun, inRange, mainProps, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'missing' | 'prefix' | 'padding' | 'size' | 'style';

export default defineLayoutRule({
  id: 'layout/so-ky-hieu',
  severity: 'error',
  description: { vi: 'Số, ký hiệu văn bản: "Số:" (Đảng: "Số" không có dấu hai chấm), số dưới 10 viết 01..09, chữ đứng, đúng cỡ chữ', en: 'The number line: "Số:" (Party: "Số" without a colon), numbers under 10 written 01..09, upright, in its size' },
  messages: {
    missing: { vi: 'Không thấy dòng số, ký hiệu ("{prefix}…") ở phần đầu văn bản.', en: 'The number line ("{prefix}…") is missing from the header.' },
    prefix: { vi: 'Dòng số, ký hiệu phải bắt đầu bằng "{prefix}", không phải "{actual}".', en: 'The number line must start with "{prefix}", not "{actual}".' },
    padding: { vi: 'Số dưới 10 phải viết có số 0 ở trước: "{expected}", không phải "{actual}".', en: 'A number under 10 takes a leading zero: "{expected}", not "{actual}".' },
    size: { vi: 'Dòng số, ký hiệu cỡ {size} pt; cần {range} pt.', en: 'The number line is {size} pt; {range} pt expected.' },
    style: { vi: 'Dòng số, ký hiệu phải in chữ đứng, không đậm, không nghiêng.', en: 'The number line must be upright, neither bold nor italic.' },
  },
  checkDocx({ layout, parts }) {
    const prefix = layout.header.numberPrefix;
    const p = parts.number;
    if (!p) return parts.headerTable ? [{ paragraph: parts.headerTable.first, message: 'missing', data: { prefix: prefix.trim() } }] : [];
    const findings: LayoutFinding<Message>[] = [];
    const text = plain(p.text);
    const head = text.slice(0, prefix.trim().length + 1);
    // "Số:" for NĐ30, "Số " for HD36: the character after "Số" tells them apart.
    if (prefix.includes(':') !== head.startsWith('Số:')) findings.push({ paragraph: p.number, message: 'prefix', data: { prefix: prefix.trim(), actual: head.trim() } });
    const digits = /^Số:?\s*(\d+)\s*[/-]/u.exec(text);
    if (digits && digits[1].length === 1) findings.push({ paragraph: p.number, message: 'padding', data: { actual: digits[1], expected: `0${digits[1]}` } });
    const range = layout.accepted.number;
    if (!everyRun(p, (r) => inRange(r.size, range))) findings.push({ paragraph: p.number, message: 'size', data: { size: pt(mainProps(p).size), range: ptRange(range) } });
    if (!everyRun(p, (r) => !r.bold && !r.italic)) findings.push({ paragraph: p.number, message: 'style' });
    return findings;
  },
});
