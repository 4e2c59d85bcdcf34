// A cited type of document (Chỉ thị, Kế hoạch ...) that is not the record's `doc_type`
// (spec/rules.md "Citations in prose"): "Kế hoạch số 28-CT/TW" for a Chỉ thị.
import { citationsOf } from '../_lib/citations/analyse.js';
import { textFix } from '../../fix/fix.js';
import { defineRule, type Finding, placeIn } from '../rule.js';

export default defineRule({
  id: 'citation/type',
  severity: 'warning',
  kinds: ['plan'],
  description: {
    vi: 'Loại văn bản được trích dẫn (Chỉ thị, Kế hoạch ...) khác loại văn bản ghi trong hồ sơ',
    en: 'The cited type of document (Chỉ thị, Kế hoạch ...) is not the type of the record',
  },
  messages: {
    wrong: {
      vi: 'Văn bản số {number} là {expected}, không phải {cited} (theo hồ sơ "{id}")',
      en: 'Document {number} is a {expected}, not a {cited} (record "{id}")',
    },
    'hint.write': { vi: 'Sửa thành "{expected} số {number}"', en: 'Write "{expected} số {number}"' },
  },
  check(doc, repo) {
    const findings: Finding<'wrong' | 'hint.write'>[] = [];
    for (const c of citationsOf(doc, repo)) {
      if (!c.record || c.typeOk) continue;
      const model = c.record.model;
      const { type } = c.citation;
      const data = {
        number: model.number ?? c.citation.number.text,
        expected: model.doc_type,
        cited: type.text.replace(/\s+/g, ' '),
        id: c.record.doc.id,
      };
      findings.push({
        at: placeIn(c.field.path, type.from, type.to),
        message: 'wrong',
        data,
        hint: 'hint.write',
        hintData: data,
        fix: textFix(doc, c.field.path, c.field.text, type.from, type.to, data.expected),
      });
    }
    return findings;
  },
});
