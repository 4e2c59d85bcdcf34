// Every task of the parent must be carried out by some task of the plan or waived with a
// reason (rules.md "Against the parent directive"). Reported on the plan's `parent:` line,
// since the gap is in the plan as a whole, not in one of its tasks.
import { defineRule, place } from '../rule.js';
import { shortTitle, uncoveredParentTasks } from '../../model/walk.js';

export default defineRule({
  id: 'parent/task-not-covered',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Nhiệm vụ của văn bản cấp trên không được thực hiện cũng không được miễn', en: 'A parent task that no task implements and no waiver excuses' },
  messages: {
    uncovered: {
      vi: 'Nhiệm vụ {id} của {parent} ("{title}") không có nhiệm vụ nào thực hiện và không có trong "waived"',
      en: 'Task {id} of {parent} ("{title}") is implemented by no task and not waived',
    },
    hint: {
      vi: 'Thêm "implements: [\'{id}\']" vào nhiệm vụ thực hiện nó, hoặc ghi lý do ở "tasks.waived" với khóa "{id}"',
      en: 'Add "implements: [\'{id}\']" to the task that carries it out, or give a reason under "tasks.waived" with key "{id}"',
    },
  },
  check(doc, repo) {
    const parent = repo.parentOf(doc);
    if (!parent) return [];
    const label = parent.model.number ? `${parent.model.doc_type} ${parent.model.number}` : parent.id;
    return uncoveredParentTasks(doc.model, parent.model).map((t) => ({
        at: place(['parent']),
        message: 'uncovered',
        data: { id: t.id, parent: label, title: shortTitle(t.title) },
        hint: 'hint',
        hintData: { id: t.id },
      }));
  },
});
