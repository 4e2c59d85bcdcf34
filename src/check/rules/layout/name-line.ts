// layout/name-line: the short solid line under the issuer's name and the one under the motto
// (the Party: under its name, and a "*" under the issuing body) — a paragraph bottom border or
// a drawn line, never typed dashes or underscores (render.md "Header block").
import type { DocxParagraph } from '../../../docx/read.js';
import { NUMBER_LINE, plain, TYPED_LINE as TYPED } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';


type Message = 'typed' | 'missing-issuer' | 'missing-national';

/** What stands under `name` in its cell: a line, typed dashes (and where), or nothing. */
function lineUnder(cell: DocxParagraph[], name: DocxParagraph): { state: 'line' | 'none' } | { state: 'typed'; at: DocxParagraph } {
  // A drawn line is anchored in any paragraph of its cell; a border sits on the name or on a paragraph of its own.
  const next = cell.find((p) => p.number > name.number && (plain(p.text) !== '' || p.props.borderBottom));
  if (next && TYPED.test(plain(next.text))) return { state: 'typed', at: next };
  if (name.props.borderBottom || next?.props.borderBottom || cell.some((p) => p.hasDrawing)) return { state: 'line' };
  return { state: 'none' };
}

export default defineLayoutRule({
  id: 'layout/name-line',
  severity: 'error',
  description: { vi: 'Đường kẻ liền dưới tên cơ quan ban hành và dưới Tiêu ngữ: viền dưới đoạn hoặc đường vẽ, không gõ bằng dấu gạch', en: 'A solid line under the issuer\'s name and under the motto: a paragraph border or a drawn line, never typed dashes' },
  messages: {
    typed: {
      vi: 'Đường kẻ dưới tên được gõ bằng dấu gạch ("{text}"); dùng đường viền dưới đoạn hoặc đường kẻ vẽ (Insert > Shapes > Line).',
      en: 'The line under the name is typed dashes ("{text}"); use a paragraph bottom border or a drawn line.',
    },
    'missing-issuer': {
      vi: 'Thiếu đường kẻ liền dưới tên cơ quan ban hành.',
      en: 'The solid line under the issuer\'s name is missing.',
    },
    'missing-national': {
      vi: 'Thiếu đường kẻ liền dưới {what}.',
      en: 'The solid line under the {whatEn} is missing.',
    },
  },
  checkDocx({ layout, parts }) {
    const findings: LayoutFinding<Message>[] = [];
    // The issuer's last line: the last text line of the left cell before the number (and before a Party "*").
    const issuerLines = parts.issuerCell.filter((p) => plain(p.text) !== '' && !NUMBER_LINE.test(plain(p.text)) && plain(p.text) !== layout.header.issuerMark && !TYPED.test(plain(p.text)));
    const issuer = issuerLines.at(-1);
    if (layout.header.issuerRule && issuer) {
      const under = lineUnder(parts.issuerCell, issuer);
      if (under.state === 'typed') findings.push({ paragraph: under.at.number, message: 'typed', data: { text: plain(under.at.text) } });
      else if (under.state === 'none') findings.push({ paragraph: issuer.number, message: 'missing-issuer' });
    }
    const ruled = layout.header.motto ? parts.motto : parts.nationalName;
    if (ruled) {
      const under = lineUnder(parts.nationalCell, ruled);
      if (under.state === 'typed') findings.push({ paragraph: under.at.number, message: 'typed', data: { text: plain(under.at.text) } });
      else if (under.state === 'none') findings.push({ paragraph: ruled.number, message: 'missing-national', data: { what: layout.header.motto ? 'Tiêu ngữ' : 'tên Đảng', whatEn: layout.header.motto ? 'motto' : 'Party\'s name' } });
    }
    return findings;
  },
});
