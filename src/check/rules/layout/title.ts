// layout/title: the document type and the trích yếu under the header (render.md: "KẾ HOẠCH"
// 13–14 pt bold upper case, centred — the Party's 15–16 pt; the trích yếu bold, centred; a short
// solid line under it, the Party's row of dashes). A letter (công văn) has neither: its "V/v …"
// stands under the number, and this rule has nothing to say.
import { everyRun, inRange, mainProps, plain, pt, ptRange, TYPED_LINE } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'doc-type-size' | 'doc-type-style' | 'title-size' | 'title-style' | 'no-line';

export default defineLayoutRule({
  id: 'layout/title',
  severity: 'error',
  description: { vi: 'Tên loại văn bản và trích yếu: in đậm, căn giữa, đúng cỡ chữ; đường kẻ ngắn dưới trích yếu', en: 'Document type and summary: bold, centred, in their sizes; a short line under the summary' },
  messages: {
    'doc-type-size': { vi: 'Tên loại văn bản "{text}" cỡ {size} pt; cần {range} pt.', en: 'The document type "{text}" is {size} pt; {range} pt expected.' },
    'doc-type-style': { vi: 'Tên loại văn bản "{text}" phải in hoa, đậm, căn giữa.', en: 'The document type "{text}" must be bold capitals, centred.' },
    'title-size': { vi: 'Trích yếu cỡ {size} pt; cần {range} pt.', en: 'The summary is {size} pt; {range} pt expected.' },
    'title-style': { vi: 'Trích yếu phải in đậm, căn giữa.', en: 'The summary must be bold and centred.' },
    'no-line': { vi: 'Thiếu đường kẻ ngắn dưới trích yếu.', en: 'The short line under the summary is missing.' },
  },
  checkDocx({ docx, layout, parts }) {
    const { docType, title } = parts;
    if (!docType) return [];
    const findings: LayoutFinding<Message>[] = [];
    const text = plain(docType.text);
    if (!everyRun(docType, (r) => inRange(r.size, layout.accepted.docType))) findings.push({ paragraph: docType.number, message: 'doc-type-size', data: { text, size: pt(mainProps(docType).size), range: ptRange(layout.accepted.docType) } });
    if (!everyRun(docType, (r) => r.bold === true) || docType.props.align !== 'center') findings.push({ paragraph: docType.number, message: 'doc-type-style', data: { text } });
    for (const p of title) {
      if (!everyRun(p, (r) => inRange(r.size, layout.accepted.title))) findings.push({ paragraph: p.number, message: 'title-size', data: { size: pt(mainProps(p).size), range: ptRange(layout.accepted.title) } });
      if (!everyRun(p, (r) => r.bold === true)) findings.push({ paragraph: p.number, message: 'title-style' });
    }
    const last = title.at(-1) ?? docType;
    // The line: a border on the trích yếu or on a paragraph under it, a drawing anchored near it, or (Party) a row of dashes.
    const near = docx.paragraphs.slice(last.number - 1, last.number + 3);
    const under = layout.title.under;
    const hasLine = near.some((p, i) => p.props.borderBottom || p.hasDrawing || (under.kind === 'dashes' && i > 0 && TYPED_LINE.test(plain(p.text))));
    if (!hasLine) findings.push({ paragraph: last.number, message: 'no-line' });
    return findings;
  },
});
