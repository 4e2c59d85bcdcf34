// `implements` must name tasks the parent really has (rules.md "References").
import { didYouMean } from '../../diagnostics/diagnostic.js';
import { commonHints, defineRule, type Finding } from '../rule.js';
import { parentTasks, tasksOf } from '../_lib/walk.js';

export default defineRule({
  id: 'ref/parent-task',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: '"implements" trỏ tới nhiệm vụ mà văn bản cấp trên không có', en: '"implements" names a task the parent does not have' },
  messages: {
    unknown: { vi: '{parent} không có nhiệm vụ "{id}" (có: {ids})', en: '{parent} has no task "{id}" (it has: {ids})' },
    'no-parent': { vi: 'Nhiệm vụ ghi "implements" nhưng kế hoạch không có "parent"', en: 'The task says "implements" but the plan has no "parent"' },
    ...commonHints,
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    const findings: Finding<'unknown' | 'no-parent' | 'hint.did-you-mean'>[] = [];
    const tasks = tasksOf(doc.model);
    if (!parent) {
      // Without a parent the references cannot be checked; only say so when none is named.
      if (doc.model.parent) return [];
      for (const { item, path } of tasks) {
        if (item.implements?.length) findings.push({ range: doc.rangeOf([...path, 'implements'], 'key'), message: 'no-parent' as const });
      }
      return findings;
    }
    const ids = parentTasks(parent.model).map((t) => t.id);
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    for (const { item, path } of tasks) {
      item.implements?.forEach((id, i) => {
        if (ids.includes(id)) return;
        const suggestion = didYouMean(id, ids);
        findings.push({
          range: doc.rangeOf([...path, 'implements', i]),
          message: 'unknown' as const,
          data: { parent: label, id, ids: ids.join(', ') || '—' },
          ...(suggestion ? { hint: 'hint.did-you-mean' as const, hintData: { suggestion } } : {}),
        });
      });
    }
    return findings;
  },
});
