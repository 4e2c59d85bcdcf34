// layout/quoc-hieu: the national name (render.md "Header block": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM", 12–13 pt bold upper case, centred; the Party's "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt).
import { everyRun, inRange, mainProps, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

export default defineLayoutRule({
  id: 'layout/quoc-hieu',
  severity: 'error',
  description: { vi: 'Quốc hiệu (Đảng: tên Đảng) in hoa, đậm, đúng cỡ chữ, căn giữa', en: 'The national name (Party: the Party\'s name) in bold capitals, in its size, centred' },
  messages: {
    missing: { vi: 'Không thấy dòng "{expected}" ở phần đầu văn bản.', en: 'The line "{expected}" is missing from the header.' },
    size: { vi: 'Dòng "{expected}" cỡ {size} pt; cần {range} pt.', en: 'The line "{expected}" is {size} pt; {range} pt expected.' },
    bold: { vi: 'Dòng "{expected}" phải in đậm.', en: 'The line "{expected}" must be bold.' },
    align: { vi: 'Dòng "{expected}" phải căn giữa.', en: 'The line "{expected}" must be centred.' },
  },
  checkDocx({ layout, parts }) {
    const expected = layout.header.nationalName.toLocaleUpperCase('vi');
    const p = parts.nationalName;
    if (!p) return [{ paragraph: parts.headerTable?.first ?? 1, message: 'missing', data: { expected } }];
    const findings: LayoutFinding<'missing' | 'size' | 'bold' | 'align'>[] = [];
    const range = layout.accepted.nationalName;
    if (!everyRun(p, (r) => inRange(r.size, range))) findings.push({ paragraph: p.number, message: 'size', data: { expected, size: pt(mainProps(p).size), range: ptRange(range) } });
    if (!everyRun(p, (r) => r.bold === true)) findings.push({ paragraph: p.number, message: 'bold', data: { expected } });
    if (p.props.align !== 'center') findings.push({ paragraph: p.number, message: 'align', data: { expected } });
    return findings;
  },
});
