// `implements` must name tasks the parent really has (rules.md "References").
import { didYouMean } from '../../diagnostics/diagnostic.js';
import { commonHints, defineRule, type Finding, place } from '../rule.js';
import { parentTasks, shortTitle, uncoveredParentTasks } from '../../model/walk.js';
import { tasksIn } from '../_lib/walks.js';

export default defineRule({
  id: 'ref/parent-task',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: '"implements" trỏ tới nhiệm vụ mà văn bản cấp trên không có', en: '"implements" names a task the parent does not have' },
  messages: {
    unknown: { vi: '{parent} không có nhiệm vụ "{id}" (có: {ids})', en: '{parent} has no task "{id}" (it has: {ids})' },
    'no-parent': { vi: 'Nhiệm vụ ghi "implements" nhưng kế hoạch không có "parent"', en: 'The task says "implements" but the plan has no "parent"' },
    // A wrong id usually stands for the parent task the plan has not yet covered: an edit
    // distance over ids such as "1" … "7" would propose any of them.
    'hint.uncovered': {
      vi: 'Có phải ý bạn là "{suggestion}" ({title}), nhiệm vụ của {parent} chưa có nhiệm vụ nào thực hiện?',
      en: 'Did you mean "{suggestion}" ({title}), the task of {parent} that no task implements yet?',
    },
    'hint.uncovered-several': {
      vi: 'Các nhiệm vụ của {parent} chưa có nhiệm vụ nào thực hiện: {ids}',
      en: 'The tasks of {parent} that no task implements yet: {ids}',
    },
    ...commonHints,
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    const findings: Finding<'unknown' | 'no-parent' | 'hint.did-you-mean' | 'hint.uncovered' | 'hint.uncovered-several'>[] = [];
    const tasks = tasksIn(doc, repo);
    if (!parent) {
      // Without a parent the references cannot be checked; only say so when none is named.
      if (doc.model.parent) return [];
      for (const { item, path } of tasks) {
        if (item.implements?.length) findings.push({ at: place([...path, 'implements'], 'key'), message: 'no-parent' });
      }
      return findings;
    }
    const ids = parentTasks(parent.model).map((t) => t.id);
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    const uncovered = uncoveredParentTasks(doc.model, parent.model);
    const hintFor = (id: string): Pick<(typeof findings)[number], 'hint' | 'hintData'> => {
      if (uncovered.length === 1) {
        const [task] = uncovered;
        return { hint: 'hint.uncovered', hintData: { suggestion: task.id, title: shortTitle(task.title), parent: label } };
      }
      if (uncovered.length > 1) {
        return { hint: 'hint.uncovered-several', hintData: { parent: label, ids: uncovered.map((t) => `"${t.id}"`).join(', ') } };
      }
      const suggestion = didYouMean(id, ids);
      return suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : {};
    };
    for (const { item, path } of tasks) {
      item.implements?.forEach((id, i) => {
        if (ids.includes(id)) return;
        findings.push({
          at: place([...path, 'implements', i]),
          message: 'unknown',
          data: { parent: label, id, ids: ids.join(', ') || '—' },
          ...hintFor(id),
        });
      });
    }
    return findings;
  },
});
