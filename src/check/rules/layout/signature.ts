// layout/signature: the signature block (render.md "Signature and recipients": the authority
// "TM. …", "KT. …" and the position in bold capitals, the name bold, 13–14 pt; the Party's
// position "BÍ THƯ" not bold, its authority "T/M", "K/T" with a slash).
import { LAYOUTS } from '../../../render/layout/formats.js';
import type { DocxParagraph } from '../../../docx/read.js';
import { everyRun, inRange, mainProps, plain, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'missing' | 'size' | 'bold' | 'not-bold' | 'upper' | 'abbrev';

const upper = (t: string) => t === t.toLocaleUpperCase('vi');

export default defineLayoutRule({
  id: 'layout/signature',
  severity: 'error',
  description: { vi: 'Chữ ký: quyền hạn (TM., KT., TL., TUQ., Q.) và chức vụ in hoa đậm, họ tên in đậm, đúng cỡ chữ', en: 'Signature: authority (TM., KT., TL., TUQ., Q.) and position in bold capitals, the name bold, in their sizes' },
  messages: {
    missing: { vi: 'Không thấy khối chữ ký (bảng "Nơi nhận" | chữ ký ở cuối văn bản).', en: 'No signature block (the "Nơi nhận" | signature table at the end).' },
    size: { vi: 'Dòng "{text}" của khối chữ ký cỡ {size} pt; cần {range} pt.', en: 'The signature line "{text}" is {size} pt; {range} pt expected.' },
    bold: { vi: 'Dòng "{text}" của khối chữ ký phải in đậm.', en: 'The signature line "{text}" must be bold.' },
    'not-bold': { vi: 'Chức vụ "{text}" không in đậm (Hướng dẫn 36-HD/VPTW).', en: 'The position "{text}" is not bold (Guidance 36-HD/VPTW).' },
    upper: { vi: 'Dòng "{text}" của khối chữ ký phải in hoa.', en: 'The signature line "{text}" must be in capitals.' },
    abbrev: { vi: 'Viết tắt quyền hạn "{actual}"; theo thể thức này là "{expected}".', en: 'The authority is abbreviated "{actual}"; this format writes "{expected}".' },
  },
  checkDocx({ layout, parts }) {
    const s = layout.signature;
    const lines = parts.signature;
    if (!parts.signatureTable) return parts.body.length ? [{ paragraph: parts.body.at(-1)!.number, message: 'missing' }] : [];
    if (lines.length === 0) return [];
    const findings: LayoutFinding<Message>[] = [];
    const name = lines.at(-1)!;
    const heads = lines.slice(0, -1);
    // Every format's abbreviations, so that a Party "T/M" in a state document is recognised (and corrected).
    const known = Object.values(LAYOUTS).flatMap((l) => Object.entries(l.signature.authorityAbbrev) as [keyof typeof s.authorityAbbrev, string][]);
    const check = (p: DocxParagraph, wantBold: boolean, range: readonly [number, number]) => {
      const text = plain(p.text);
      if (!everyRun(p, (r) => inRange(r.size, range))) findings.push({ paragraph: p.number, message: 'size', data: { text, size: pt(mainProps(p).size), range: ptRange(range) } });
      if (wantBold && !everyRun(p, (r) => r.bold === true)) findings.push({ paragraph: p.number, message: 'bold', data: { text } });
    };
    heads.forEach((p) => {
      const text = plain(p.text);
      const found = known.find(([, a]) => text.startsWith(a + ' '));
      const isAuthority = found !== undefined;
      if (found && s.authorityAbbrev[found[0]] !== found[1]) findings.push({ paragraph: p.number, message: 'abbrev', data: { actual: found[1], expected: s.authorityAbbrev[found[0]] } });
      if (!upper(text)) findings.push({ paragraph: p.number, message: 'upper', data: { text } });
      const style = isAuthority ? s.authorityStyle : s.positionStyle;
      check(p, style.bold, isAuthority ? layout.accepted.authority : layout.accepted.position);
      if (!isAuthority && !style.bold && everyRun(p, (r) => r.bold === true)) findings.push({ paragraph: p.number, message: 'not-bold', data: { text } });
    });
    check(name, s.nameStyle.bold, layout.accepted.name);
    return findings;
  },
});
