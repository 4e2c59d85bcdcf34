// Two documents, or two tasks / indicators of one plan, share an id (rules.md): references by
// id would then be ambiguous, and "Chỉ tiêu 5" would print twice.
import { defineRule, type Finding } from '../rule.js';
import { indicatorsOf, tasksOf } from '../_lib/walk.js';

export default defineRule({
  id: 'doc/duplicate-id',
  severity: 'error',
  kinds: ['plan', 'directive', 'agencies'],
  description: { vi: 'Hai văn bản, hoặc hai nhiệm vụ / chỉ tiêu, trùng mã', en: 'Two documents, or two tasks / indicators, share an id' },
  messages: {
    document: { vi: 'Mã văn bản "{id}" đã được dùng ở {other}', en: 'Document id "{id}" is already used in {other}' },
    indicator: { vi: 'Chỉ tiêu "{id}" bị trùng số trong kế hoạch (đã có ở dòng {line})', en: 'Indicator "{id}" is numbered twice in this plan (first at line {line})' },
    task: { vi: 'Nhiệm vụ "{id}" bị trùng mã trong kế hoạch (đã có ở dòng {line})', en: 'Task id "{id}" is used twice in this plan (first at line {line})' },
  },
  check(doc, repo) {
    const findings: Finding<'document' | 'indicator' | 'task'>[] = [];
    const same = repo.byId.get(doc.id) ?? [];
    const first = same[0];
    if (same.length > 1 && first !== doc) {
      findings.push({ range: doc.rangeOf(['id']), message: 'document' as const, data: { id: doc.id, other: first.file } });
    }
    const model = doc.model;
    if (model.kind === 'agencies') return findings;
    const seenIndicators = new Map<string, number>();
    for (const { item, path } of indicatorsOf(model)) {
      const range = doc.rangeOf([...path, 'id']);
      const firstLine = seenIndicators.get(item.id);
      if (firstLine !== undefined) findings.push({ range, message: 'indicator' as const, data: { id: item.id, line: firstLine } });
      else seenIndicators.set(item.id, range.start.line);
    }
    if (model.kind === 'plan') {
      const seenTasks = new Map<string, number>();
      for (const { item, path } of tasksOf(model)) {
        const range = doc.rangeOf([...path, 'id']);
        const firstLine = seenTasks.get(item.id);
        if (firstLine !== undefined) findings.push({ range, message: 'task' as const, data: { id: item.id, line: firstLine } });
        else seenTasks.set(item.id, range.start.line);
      }
    } else {
      const seenTasks = new Map<string, number>();
      (model.tasks ?? []).forEach((task, i) => {
        const range = doc.rangeOf(['tasks', i, 'id']);
        const firstLine = seenTasks.get(task.id);
        if (firstLine !== undefined) findings.push({ range, message: 'task' as const, data: { id: task.id, line: firstLine } });
        else seenTasks.set(task.id, range.start.line);
      });
    }
    return findings;
  },
});
