// A cited issuer that is not the issuer of the cited document (spec/rules.md "Citations in
// prose"). Any name the record or the agencies registry gives the same body is right ("Tỉnh ủy
// Phú Yên" and "Ban Thường vụ Tỉnh ủy" for 36-CTr/TU, seed 002); the governing body instead of
// the issuer ("Ban Chấp hành Trung ương" for a Bộ Chính trị directive) is a finding.
import { citationsOf } from '../_lib/citations/analyse.js';
import { textFix } from '../../fix/fix.js';
import { defineRule, type Finding, placeIn } from '../rule.js';

export default defineRule({
  id: 'citation/issuer',
  severity: 'warning',
  kinds: ['plan'],
  description: {
    vi: 'Cơ quan ban hành được trích dẫn khác cơ quan ban hành ghi trong hồ sơ của văn bản',
    en: 'The cited issuer is not the issuer of the cited document',
  },
  messages: {
    wrong: {
      vi: '{type} {number} do {expected} ban hành, không phải {cited} (theo hồ sơ "{id}")',
      en: '{type} {number} was issued by {expected}, not {cited} (record "{id}")',
    },
    'hint.write': { vi: 'Sửa thành "của {expected}"', en: 'Write "của {expected}"' },
  },
  check(doc, repo) {
    const findings: Finding<'wrong' | 'hint.write'>[] = [];
    for (const c of citationsOf(doc, repo)) {
      if (!c.record || c.issuerOk !== false || !c.issuer) continue;
      const model = c.record.model;
      const span = c.issuer.span;
      findings.push({
        at: placeIn(c.field.path, span.from, span.to),
        message: 'wrong',
        data: {
          type: model.doc_type,
          number: model.number ?? c.citation.number.text,
          expected: model.issuer.name,
          cited: span.text.replace(/\s+/g, ' '),
          id: c.record.doc.id,
        },
        hint: 'hint.write',
        hintData: { expected: model.issuer.name },
        fix: textFix(doc, c.field.path, c.field.text, span.from, span.to, model.issuer.name),
      });
    }
    return findings;
  },
});
