// A waiver must excuse a real parent task that is really left out (rules.md): a waiver of
// a task that is in fact implemented means the plan contradicts itself.
import { defineRule, type Finding, place } from '../rule.js';
import { parentTasks } from '../../model/walk.js';
import { tasksIn } from '../_lib/walks.js';

export default defineRule({
  id: 'parent/waiver-unknown',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: '"waived" ghi nhiệm vụ không tồn tại hoặc đã được thực hiện', en: '"waived" names a parent task that does not exist or is in fact implemented' },
  messages: {
    unknown: { vi: '{parent} không có nhiệm vụ "{id}" để miễn (có: {ids})', en: '{parent} has no task "{id}" to waive (it has: {ids})' },
    implemented: { vi: 'Nhiệm vụ "{id}" được miễn nhưng lại được thực hiện ở dòng {line}', en: 'Task "{id}" is waived but implemented at line {line}' },
    'no-parent': { vi: 'Kế hoạch không có "parent" nên không có nhiệm vụ nào để miễn', en: 'The plan has no "parent", so there is no task to waive' },
  },
  check(doc, repo) {
    const waived = Object.keys(doc.model.tasks?.waived ?? {});
    if (waived.length === 0) return [];
    const parent = repo.parentOf(doc);
    if (!parent) {
      if (doc.model.parent) return []; // ref/parent already reports the missing parent
      return [{ at: place(['tasks', 'waived'], 'key'), message: 'no-parent' }];
    }
    const ids = parentTasks(parent.model).map((t) => t.id);
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    // Paths, not ranges: a range is computed only for a finding (notes/performance.md).
    const implementedAt = new Map<string, (string | number)[]>();
    for (const { item, path } of tasksIn(doc, repo)) {
      item.implements?.forEach((id, i) => {
        if (!implementedAt.has(id)) implementedAt.set(id, [...path, 'implements', i]);
      });
    }
    return waived.flatMap((id): Finding<'unknown' | 'implemented'>[] => {
      const at = place(['tasks', 'waived', id], 'key');
      if (!ids.includes(id)) return [{ at, message: 'unknown', data: { parent: label, id, ids: ids.join(', ') || '—' } }];
      const implemented = implementedAt.get(id);
      if (implemented) return [{ at, message: 'implemented', data: { id, line: doc.source.rangeOf(implemented).start.line } }];
      return [];
    });
  },
});
