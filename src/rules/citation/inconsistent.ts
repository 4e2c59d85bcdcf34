// A document that is not in the repository, cited in one plan with two different dates or
// issuers (spec/rules.md "Citations in prose"): at least one of them is wrong, and without a
// record nobody can say which. Reported on each later citation that differs from the first.
import { defineRule, type Finding, placeIn } from '../rule.js';
import { citationsOf, type CheckedCitation } from '../_lib/citations/analyse.js';

type Key = 'date' | 'issuer' | 'hint.first';

export default defineRule({
  id: 'citation/inconsistent',
  severity: 'warning',
  kinds: ['plan'],
  description: {
    vi: 'Một văn bản không có trong kho được trích dẫn với hai ngày hoặc hai cơ quan ban hành khác nhau',
    en: 'A document not in the repository is cited with two different dates or issuers',
  },
  messages: {
    date: {
      vi: '{type} {number} được ghi ngày {cited} ở đây nhưng ngày {first} ở dòng {line}; ít nhất một ngày sai',
      en: '{type} {number} is dated {cited} here but {first} on line {line}; at least one is wrong',
    },
    issuer: {
      vi: '{type} {number} được ghi của {cited} ở đây nhưng của {first} ở dòng {line}; ít nhất một cơ quan sai',
      en: '{type} {number} is cited as issued by {cited} here but by {first} on line {line}; at least one is wrong',
    },
    'hint.first': {
      vi: 'Đối chiếu với văn bản gốc rồi sửa cho thống nhất với dòng {line}, hoặc thêm hồ sơ "kind: directive" cho văn bản này để kiểm tra',
      en: 'Check the original and make it agree with line {line}, or add a "kind: directive" record for the document',
    },
  },
  check(doc, repo) {
    const findings: Finding<Key>[] = [];
    const firstDate = new Map<string, CheckedCitation>();
    const firstIssuer = new Map<string, CheckedCitation>();
    const lineOf = (c: CheckedCitation, from: number, to: number) => doc.source.rangeIn(c.field.path, from, to).start.line;
    for (const c of citationsOf(doc, repo)) {
      if (c.record) continue;
      const number = c.citation.number.normalised;
      const data = { type: c.citation.type.text.replace(/\s+/g, ' '), number: c.citation.number.text.replace(/\s*([-/])\s*/g, '$1') };
      const date = c.citation.date;
      if (date) {
        const first = firstDate.get(number);
        const firstAt = first?.citation.date;
        if (!first || !firstAt) firstDate.set(number, c);
        else if (firstAt.iso !== date.iso) {
          const line = lineOf(first, firstAt.from, firstAt.to);
          findings.push({
            at: placeIn(c.field.path, date.from, date.to),
            message: 'date',
            data: { ...data, cited: date.text.replace(/\s+/g, ' '), first: firstAt.text.replace(/\s+/g, ' '), line },
            hint: 'hint.first',
            hintData: { line },
          });
        }
      }
      const issuer = c.issuer;
      if (issuer) {
        const first = firstIssuer.get(number);
        const firstIs = first?.issuer;
        if (!first || !firstIs) firstIssuer.set(number, c);
        else if (!sameIssuer(firstIs, issuer)) {
          const line = lineOf(first, firstIs.span.from, firstIs.span.to);
          findings.push({
            at: placeIn(c.field.path, issuer.span.from, issuer.span.to),
            message: 'issuer',
            data: { ...data, cited: issuer.span.text.replace(/\s+/g, ' '), first: firstIs.span.text.replace(/\s+/g, ' '), line },
            hint: 'hint.first',
            hintData: { line },
          });
        }
      }
    }
    return findings;
  },
});

/**
 * The same body: one known body (agencies, issuer records), or, for names the repository does
 * not know, one phrase starting with the other ("Bộ Lao động - Thương binh và Xã hội ban hành Bộ
 * chỉ tiêu ..." and "Bộ Lao động - Thương binh và Xã hội", seed 001).
 */
function sameIssuer(a: NonNullable<CheckedCitation['issuer']>, b: NonNullable<CheckedCitation['issuer']>): boolean {
  if (a.group !== undefined || b.group !== undefined) return a.group === b.group;
  const n = Math.min(a.tokens.length, b.tokens.length);
  return n > 0 && a.tokens.slice(0, n).every((t, i) => t.norm === b.tokens[i].norm);
}
