// layout/body: the text of the document (render.md "Body text": 13–14 pt, justified, first-line
// indent 1–1.27 cm, single to 1.5 line spacing). Roman section headings ("I. MỤC TIÊU") may
// stand unindented; centred lines (a table's caption) are not body text.
import { estimateWidth } from '../../../render/layout/measure.js';
import { textWidth } from '../../../render/layout/page.js';
import { everyRun, inRange, mainProps, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'size' | 'align' | 'indent' | 'spacing';

/** NĐ30: "lùi đầu dòng từ 1 cm đến 1,27 cm" (567–720 twips), with a little slack for rounding. */
const INDENT = [560, 725] as const;
/** Single (240) to 1.5 lines (360), lineRule auto; an exact height of at least one line (NĐ30: "tối thiểu là dòng đơn"). */
const LINE = [240, 360] as const;

export default defineLayoutRule({
  id: 'layout/body',
  severity: 'warning',
  description: { vi: 'Nội dung văn bản: cỡ chữ 13–14, căn đều hai lề, lùi đầu dòng 1–1,27 cm, giãn dòng từ đơn đến 1,5 dòng', en: 'Body text: 13–14 pt, justified, first-line indent 1–1.27 cm, single to 1.5 line spacing' },
  messages: {
    size: { vi: 'Đoạn văn cỡ {size} pt; nội dung văn bản cần {range} pt.', en: 'The paragraph is {size} pt; body text must be {range} pt.' },
    align: { vi: 'Đoạn văn chưa căn đều hai lề (justify).', en: 'The paragraph is not justified.' },
    indent: { vi: 'Đoạn văn lùi đầu dòng {value} cm; cần 1–1,27 cm.', en: 'The first-line indent is {value} cm; 1–1.27 cm expected.' },
    spacing: { vi: 'Khoảng cách dòng {value}; cần từ dòng đơn đến 1,5 dòng.', en: 'The line spacing is {value}; single to 1.5 lines expected.' },
  },
  checkDocx({ layout, page, parts }) {
    const findings: LayoutFinding<Message>[] = [];
    const width = textWidth(page);
    for (const p of parts.body) {
      const text = plain(p.text);
      if (text === '' || p.props.align === 'center' || p.props.align === 'right') continue;
      if (!everyRun(p, (r) => inRange(r.size, layout.accepted.body))) findings.push({ paragraph: p.number, message: 'size', data: { size: pt(mainProps(p).size), range: ptRange(layout.accepted.body) } });
      // On a paragraph of one line, justified and left-aligned print the same.
      const oneLine = estimateWidth(text, { size: mainProps(p).size ?? 20, bold: mainProps(p).bold === true, italic: false, upper: false }, Infinity) + (p.props.firstLine ?? 0) < width;
      if (!oneLine && p.props.align !== 'both' && p.props.align !== 'distribute') findings.push({ paragraph: p.number, message: 'align' });
      const heading = /^[IVXLC]+\.\s/u.test(text);
      const indent = p.props.firstLine ?? 0;
      if (!heading && (indent < INDENT[0] || indent > INDENT[1])) findings.push({ paragraph: p.number, message: 'indent', data: { value: (indent / 567).toFixed(2).replace('.', ',') } });
      const line = p.props.line ?? 240;
      const rule = p.props.lineRule ?? 'auto';
      const ok = rule === 'auto' ? line >= LINE[0] - 1 && line <= LINE[1] + 1 : line >= (mainProps(p).size ?? 20) * 10;
      if (!ok) findings.push({ paragraph: p.number, message: 'spacing', data: { value: rule === 'auto' ? (line / 240).toFixed(2).replace('.', ',') : `${pt(line / 10)} pt` } });
    }
    return findings;
  },
});
