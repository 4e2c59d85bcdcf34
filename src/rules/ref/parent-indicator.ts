// An indicator's `implements` must name an indicator of the parent (rules.md "References").
import { didYouMean } from '../../diagnostics/diagnostic.js';
import { commonHints, defineRule, type Finding, place } from '../rule.js';
import { indicatorsIn } from '../_lib/walks.js';

export default defineRule({
  id: 'ref/parent-indicator',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Chỉ tiêu "implements" một chỉ tiêu mà văn bản cấp trên không có', en: 'An indicator implements an indicator the parent does not have' },
  messages: {
    unknown: { vi: '{parent} không có chỉ tiêu "{id}"', en: '{parent} has no indicator "{id}"' },
    ...commonHints,
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    if (!parent) return [];
    const ids = indicatorsIn(parent, repo).map((i) => i.item.id);
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    const findings: Finding<'unknown' | 'hint.did-you-mean'>[] = [];
    for (const { item, path } of indicatorsIn(doc, repo)) {
      if (item.implements === null || item.implements === undefined || ids.includes(item.implements)) continue;
      const suggestion = didYouMean(item.implements, ids);
      findings.push({
        at: place([...path, 'implements']),
        message: 'unknown',
        data: { parent: label, id: item.implements },
        ...(suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : {}),
      });
    }
    return findings;
  },
});
