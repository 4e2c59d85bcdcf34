// layout/page-number: arabic page numbers centred in the top margin, 13–14 pt, none on the
// first page (render.md "Page": w:titlePg and an empty first-page header).
import { inRange, pt, ptRange } from '../../context.js';
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

type Message = 'missing' | 'first-page' | 'align' | 'size';

export default defineLayoutRule({
  id: 'layout/page-number',
  severity: 'warning',
  description: { vi: 'Số trang: chữ số Ả Rập, giữa lề trên, cỡ 13–14, không đánh số trang đầu', en: 'Page numbers: arabic, centred in the top margin, 13–14 pt, none on the first page' },
  messages: {
    missing: { vi: 'Văn bản không có số trang ở đầu trang (trường PAGE trong phần đầu trang).', en: 'No page number in the page header (a PAGE field).' },
    'first-page': { vi: 'Trang đầu có số trang; bật "Trang đầu khác" (Different First Page) để bỏ số trang 1.', en: 'The first page carries a page number; set "Different First Page".' },
    align: { vi: 'Số trang phải căn giữa.', en: 'The page number must be centred.' },
    size: { vi: 'Số trang cỡ {size} pt; cần {range} pt.', en: 'The page number is {size} pt; {range} pt expected.' },
  },
  checkDocx({ docx, layout }) {
    const findings: LayoutFinding<Message>[] = [];
    const first = docx.sections[0];
    if (!first) return findings;
    // The first section's headers: the first page and the body's pages are there (an annex's
    // own section keeps them, since Word carries headers on to sections that name none).
    const header = first.headers.default;
    if (!header?.pageField) return [{ paragraph: first.first, message: 'missing' }];
    const firstHeader = first.titlePage ? first.headers.first : header;
    if (firstHeader?.pageField) findings.push({ paragraph: first.first, message: 'first-page' });
    if (header.props?.align !== 'center') findings.push({ paragraph: first.first, message: 'align' });
    if (!inRange(header.size, layout.accepted.pageNumber)) findings.push({ paragraph: first.first, message: 'size', data: { size: pt(header.size), range: ptRange(layout.accepted.pageNumber) } });
    return findings;
  },
});
