// layout/header-table: the header is a borderless two-column table (render.md "Header block"):
// the issuer on the left, the national name on the right, whose column must hold the 13 pt
// bold national name on one line (its width, nationalNameTwips, within the cell margins), and
// the number and the date on one row (NĐ30 II.4c).
import { defineLayoutRule, type LayoutFinding } from '../rule.js';

/** Word's default left and right cell margin (0.19 cm) when the table sets none. */
const WORD_CELL_MARGIN = 108;

export default defineLayoutRule({
  id: 'layout/header-table',
  severity: 'error',
  description: { vi: 'Phần đầu văn bản là bảng hai cột không viền: cơ quan ban hành bên trái, Quốc hiệu bên phải; số và ngày trên cùng một hàng', en: 'The header is a borderless two-column table: issuer left, national name right; number and date on one row' },
  messages: {
    missing: {
      vi: 'Không thấy bảng phần đầu (hai cột: tên cơ quan ban hành | Quốc hiệu và Tiêu ngữ).',
      en: 'No header table (two columns: issuer | national name and motto).',
    },
    borders: {
      vi: 'Bảng phần đầu có đường viền hiện khi in; bảng này phải không có viền.',
      en: 'The header table has visible borders; it must have none.',
    },
    narrow: {
      vi: 'Cột phải của bảng phần đầu chỉ rộng {width} twip cho chữ (cần ít nhất {needed}): Quốc hiệu sẽ xuống dòng.',
      en: 'The right column of the header holds {width} twips of text (at least {needed} needed): the national name will wrap.',
    },
    'number-date-rows': {
      vi: 'Số, ký hiệu và địa danh, ngày tháng không nằm trên cùng một hàng của bảng phần đầu.',
      en: 'The number and the place and date are not on the same row of the header table.',
    },
  },
  checkDocx({ layout, parts }) {
    const findings: LayoutFinding<'missing' | 'borders' | 'narrow' | 'number-date-rows'>[] = [];
    const table = parts.headerTable;
    if (!table) return [{ paragraph: 1, message: 'missing' }];
    if (table.visibleBorders) findings.push({ paragraph: table.first, message: 'borders' });
    const right = table.widths[0]?.[1];
    const margins = (table.cellMargins.left ?? WORD_CELL_MARGIN) + (table.cellMargins.right ?? WORD_CELL_MARGIN);
    const needed = layout.header.nationalNameTwips;
    if (right === undefined || right - margins < needed) findings.push({ paragraph: parts.nationalName?.number ?? table.first, message: 'narrow', data: { width: (right ?? 0) - margins, needed } });
    const { number, placeDate } = parts;
    if (number?.cell && placeDate?.cell && number.cell.row !== placeDate.cell.row) findings.push({ paragraph: number.number, message: 'number-date-rows' });
    return findings;
  },
});
