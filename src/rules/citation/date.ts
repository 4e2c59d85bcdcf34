// A cited date that is not the date of the cited document's record (spec/rules.md "Citations in
// prose"; issue 5: one seed plan cites Chỉ thị 28-CT/TW with three different wrong dates).
import { citationsOf } from '../_lib/citations/analyse.js';
import { citationDate } from '../../vi/dates.js';
import { defineRule, type Finding, placeIn } from '../rule.js';
import { textFix } from '../../fix/fix.js';

/** The record's dd/mm/yyyy written as the citation wrote its date: "25-12-2023", "25 tháng 12 năm 2023". */
function inCitedForm(expected: string, cited: string): string {
  const [day, month, year] = expected.split('/');
  if (/tháng/u.test(cited)) return `${day} tháng ${month} năm ${year}`;
  return cited.includes('-') ? expected.replace(/\//g, '-') : expected;
}

export default defineRule({
  id: 'citation/date',
  severity: 'error',
  kinds: ['plan'],
  description: {
    vi: 'Ngày của văn bản được trích dẫn khác ngày ban hành ghi trong hồ sơ của văn bản đó',
    en: 'The cited date is not the date of the cited document',
  },
  messages: {
    wrong: {
      vi: '{type} {number} ban hành ngày {expected}, không phải {cited} (theo hồ sơ "{id}")',
      en: '{type} {number} was issued on {expected}, not {cited} (record "{id}")',
    },
    'wrong-year': {
      vi: '{type} {number} ban hành năm {expected}, không phải {cited} (theo hồ sơ "{id}")',
      en: '{type} {number} was issued in {expected}, not {cited} (record "{id}")',
    },
    'hint.write': { vi: 'Sửa thành "ngày {expected}"', en: 'Write "ngày {expected}"' },
  },
  check(doc, repo) {
    const findings: Finding<'wrong' | 'wrong-year' | 'hint.write'>[] = [];
    for (const c of citationsOf(doc, repo)) {
      const date = c.citation.date;
      if (!c.record || c.dateOk !== false || !date) continue;
      const model = c.record.model;
      const expected = citationDate(model.date ?? '');
      findings.push({
        at: placeIn(c.field.path, date.from, date.to),
        message: typeof model.date === 'number' ? 'wrong-year' : 'wrong',
        data: {
          type: model.doc_type,
          number: model.number ?? c.citation.number.text,
          expected,
          cited: typeof model.date === 'number' ? date.year : date.text.replace(/\s+/g, ' '),
          id: c.record.doc.id,
        },
        ...(typeof model.date === 'string'
          ? { hint: 'hint.write', hintData: { expected }, fix: textFix(doc, c.field.path, c.field.text, date.from, date.to, inCitedForm(expected, date.text)) }
          : {}),
      });
    }
    return findings;
  },
});
