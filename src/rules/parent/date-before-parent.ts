// rules.md "Against the parent directive": a plan cannot be dated before the document it
// implements. Dates are ISO or, for a plan, a bare year (format.md "Common header"); with a
// year on either side only the years are compared, so a plan of "2024" under a directive of
// 2024-12-25 is not reported.
import { defineRule, place } from '../rule.js';
import { docLabel } from '../../model/walk.js';
import { citationDate } from '../../vi/dates.js';

type DocDate = string | number | null | undefined;

const yearOf = (d: string | number) => (typeof d === 'number' ? d : Number(d.slice(0, 4)));

function isBefore(date: DocDate, parentDate: DocDate): boolean {
  if (date === null || date === undefined || parentDate === null || parentDate === undefined) return false;
  if (typeof date === 'string' && typeof parentDate === 'string') return date < parentDate;
  return yearOf(date) < yearOf(parentDate);
}

export default defineRule({
  id: 'parent/date-before-parent',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: 'Văn bản ghi ngày trước văn bản cấp trên mà nó thực hiện', en: 'The document is dated before the document it implements' },
  messages: {
    before: {
      vi: 'Ngày {date} sớm hơn ngày ban hành của {parent} ({parentDate}) mà văn bản này thực hiện',
      en: 'The date {date} is earlier than the date of {parent} ({parentDate}), which this document implements',
    },
    hint: {
      vi: 'Kiểm tra lại ngày của văn bản này hoặc ngày trong hồ sơ của {parent}',
      en: 'Check this document\'s date, or the date recorded for {parent}',
    },
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    const date = doc.model.date;
    if (!parent || !isBefore(date, parent.model.date) || date === null || date === undefined) return [];
    const parentDate = parent.model.date as string | number;
    return [
      {
        at: place(['date']),
        message: 'before',
        data: { date: citationDate(date), parent: docLabel(parent.model, parent.id), parentDate: citationDate(parentDate) },
        hint: 'hint',
      },
    ];
  },
});
