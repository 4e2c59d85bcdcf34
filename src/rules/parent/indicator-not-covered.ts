// A parent indicator that no indicator of the plan breaks down (rules.md): a warning, since a
// lower level may legitimately leave a target to another body.
import { defineRule, place } from '../rule.js';
import { indicatorsIn } from '../_lib/walks.js';

export default defineRule({
  id: 'parent/indicator-not-covered',
  severity: 'warning',
  kinds: ['plan'],
  description: { vi: 'Chỉ tiêu của văn bản cấp trên không được chỉ tiêu nào cụ thể hóa', en: 'A parent indicator that no indicator of the plan implements' },
  messages: {
    uncovered: { vi: 'Chỉ tiêu {id} của {parent} không có chỉ tiêu nào cụ thể hóa', en: 'Indicator {id} of {parent} is implemented by no indicator of this plan' },
    hint: { vi: 'Thêm một chỉ tiêu có "implements: \'{id}\'"', en: 'Add an indicator with "implements: \'{id}\'"' },
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    if (!parent) return [];
    const implemented = new Set(indicatorsIn(doc, repo).map(({ item }) => item.implements).filter((x): x is string => !!x));
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    return indicatorsIn(parent, repo)
      .filter(({ item }) => !implemented.has(item.id))
      .map(({ item }) => ({
        at: place(['parent']),
        message: 'uncovered',
        data: { id: item.id, parent: label },
        hint: 'hint',
        hintData: { id: item.id },
      }));
  },
});
