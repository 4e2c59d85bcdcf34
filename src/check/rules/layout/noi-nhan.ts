// layout/noi-nhan: the recipients (render.md "Signature and recipients": "Nơi nhận:" 12 pt bold
// italic — the Party's 14 pt underlined —, one line per recipient, 11 pt upright — the
// Party's 12 —, each starting "- " and ending ";" (Party ","), the last "." ; a letter with
// "Kính gửi" recipients lists them as "- Như trên;").
import type { RunProps } from '../../../docx/properties.js';
import type { DocxParagraph } from '../../../docx/read.js';
import { inRange, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'label-style' | 'label-size' | 'item-size' | 'item-style' | 'separator' | 'last' | 'nhu-tren';

interface Line {
  paragraph: DocxParagraph;
  text: string;
  props: RunProps;
}

/** The printed lines of the recipients' cell: a paragraph may hold several (line breaks). */
function linesOf(paragraphs: DocxParagraph[]): Line[] {
  const lines: Line[] = [];
  for (const p of paragraphs) {
    let text = '';
    let props: RunProps | undefined;
    const flush = () => {
      if (text.trim() !== '') lines.push({ paragraph: p, text: plain(text), props: props ?? p.markProps });
      text = '';
      props = undefined;
    };
    for (const run of p.runs) {
      const pieces = run.text.split('\n');
      pieces.forEach((piece, i) => {
        if (i > 0) flush();
        if (piece.trim() !== '' && props === undefined) props = run.props;
        text += piece;
      });
    }
    flush();
  }
  return lines;
}

export default defineLayoutRule({
  id: 'layout/noi-nhan',
  severity: 'warning',
  description: { vi: 'Nơi nhận: "Nơi nhận:" đậm nghiêng cỡ 12, mỗi nơi một dòng cỡ 11 bắt đầu "- ", kết thúc ";", dòng cuối "Lưu: …" kết thúc "."', en: 'Recipients: "Nơi nhận:" bold italic 12 pt, one 11 pt line each starting "- " and ending ";", the last "Lưu: …" ending "."' },
  messages: {
    'label-style': { vi: '"Nơi nhận:" phải in {style}.', en: '"Nơi nhận:" must be {styleEn}.' },
    'label-size': { vi: '"Nơi nhận:" cỡ {size} pt; cần {range} pt.', en: '"Nơi nhận:" is {size} pt; {range} pt expected.' },
    'item-size': { vi: 'Dòng nơi nhận "{text}" cỡ {size} pt; cần {range} pt.', en: 'The recipient line "{text}" is {size} pt; {range} pt expected.' },
    'item-style': { vi: 'Dòng nơi nhận "{text}" phải in chữ đứng, không đậm, bắt đầu bằng "- ".', en: 'The recipient line "{text}" must be upright, not bold, starting with "- ".' },
    separator: { vi: 'Dòng nơi nhận "{text}" phải kết thúc bằng "{mark}".', en: 'The recipient line "{text}" must end with "{mark}".' },
    last: { vi: 'Dòng cuối của Nơi nhận "{text}" phải kết thúc bằng dấu chấm.', en: 'The last recipient line "{text}" must end with a full stop.' },
    'nhu-tren': { vi: 'Văn bản có "Kính gửi" nhưng Nơi nhận không có dòng "- Như trên;".', en: 'The document has "Kính gửi" recipients but Nơi nhận has no "- Như trên;" line.' },
  },
  checkDocx({ docx, layout, parts }) {
    const s = layout.signature;
    const lines = linesOf(parts.recipients);
    if (lines.length === 0) return [];
    const findings: LayoutFinding<Message>[] = [];
    const [label, ...items] = lines;
    const want = s.recipientsLabelStyle;
    const labelOk = (label.props.bold === true) === want.bold && (label.props.italic === true) === want.italic && (label.props.underline === true) === (want.underline === true);
    const styleVi = [want.bold ? 'đậm' : '', want.italic ? 'nghiêng' : '', want.underline ? 'gạch chân' : ''].filter(Boolean).join(', ');
    const styleEn = [want.bold ? 'bold' : '', want.italic ? 'italic' : '', want.underline ? 'underlined' : ''].filter(Boolean).join(', ');
    if (!labelOk) findings.push({ paragraph: label.paragraph.number, message: 'label-style', data: { style: styleVi, styleEn } });
    if (!inRange(label.props.size, layout.accepted.recipientsLabel)) findings.push({ paragraph: label.paragraph.number, message: 'label-size', data: { size: pt(label.props.size), range: ptRange(layout.accepted.recipientsLabel) } });
    items.forEach((line, i) => {
      const at = line.paragraph.number;
      if (!inRange(line.props.size, layout.accepted.recipient)) findings.push({ paragraph: at, message: 'item-size', data: { text: line.text, size: pt(line.props.size), range: ptRange(layout.accepted.recipient) } });
      const continuation = i > 0 && !/[;,.]$/u.test(items[i - 1].text);
      if (line.props.bold === true || line.props.italic === true || (!continuation && !/^[-–]\s/u.test(line.text))) findings.push({ paragraph: at, message: 'item-style', data: { text: line.text } });
      const isLast = i === items.length - 1;
      if (isLast && !line.text.endsWith('.')) findings.push({ paragraph: at, message: 'last', data: { text: line.text } });
      // An item running on over two lines (its end on the next line) ends where its text ends.
      const continues = !isLast && !/^[-–]\s/u.test(items[i + 1].text);
      if (!isLast && !continues && !line.text.endsWith(s.recipientSeparator)) findings.push({ paragraph: at, message: 'separator', data: { text: line.text, mark: s.recipientSeparator } });
    });
    const kinhGui = docx.paragraphs.some((p) => /^Kính gửi/u.test(plain(p.text)));
    if (kinhGui && !items.some((l) => /Như trên/iu.test(l.text))) findings.push({ paragraph: label.paragraph.number, message: 'nhu-tren' });
    return findings;
  },
});
