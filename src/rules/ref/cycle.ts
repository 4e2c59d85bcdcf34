// The parent chain must end (rules.md "References"): a loop would make coverage undefined.
import { defineRule, place } from '../rule.js';

export default defineRule({
  id: 'ref/cycle',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: 'Chuỗi văn bản cấp trên tạo thành vòng lặp', en: 'The parent chain loops' },
  messages: {
    cycle: { vi: 'Chuỗi văn bản cấp trên quay vòng: {chain}', en: 'The parent chain loops: {chain}' },
  },
  check(doc, repo) {
    if (!doc.model.parent) return [];
    const { chain, cycle } = repo.ancestors(doc);
    if (!cycle) return [];
    const names = [doc.id, ...chain.map((d) => d.id)];
    const next = repo.parentOf(chain[chain.length - 1] ?? doc);
    if (next) names.push(next.id);
    return [{ at: place(['parent']), message: 'cycle', data: { chain: names.join(' → ') } }];
  },
});
