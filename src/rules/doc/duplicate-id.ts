// Two documents, or two tasks / indicators of one plan, share an id (rules.md): references by
// id would then be ambiguous, and "Chỉ tiêu 5" would print twice.
import { defineRule, type Finding, place } from '../rule.js';
import { indicatorsOf, tasksOf } from '../../model/walk.js';
import type { YamlPath } from '../../load/source.js';

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
    const same = repo.withId(doc.id);
    const first = same[0];
    if (same.length > 1 && first !== doc) {
      findings.push({ at: place(['id']), message: 'document', data: { id: doc.id, other: first.file } });
    }
    const model = doc.model;
    if (model.kind === 'agencies') return findings;
    // Paths are kept and turned into ranges only for a duplicate: a clean plan then never
    // needs the full YAML document (notes/performance.md).
    const lineOf = (path: YamlPath) => doc.source.rangeOf([...path, 'id']).start.line;
    const seenIndicators = new Map<string, YamlPath>();
    for (const { item, path } of indicatorsOf(model)) {
      const first = seenIndicators.get(item.id);
      if (first) findings.push({ at: place([...path, 'id']), message: 'indicator', data: { id: item.id, line: lineOf(first) } });
      else seenIndicators.set(item.id, path);
    }
    if (model.kind === 'plan') {
      const seenTasks = new Map<string, YamlPath>();
      for (const { item, path } of tasksOf(model)) {
        const first = seenTasks.get(item.id);
        if (first) findings.push({ at: place([...path, 'id']), message: 'task', data: { id: item.id, line: lineOf(first) } });
        else seenTasks.set(item.id, path);
      }
    } else {
      const seenTasks = new Map<string, YamlPath>();
      (model.tasks ?? []).forEach((task, i) => {
        const first = seenTasks.get(task.id);
        if (first) findings.push({ at: place(['tasks', i, 'id']), message: 'task', data: { id: task.id, line: lineOf(first) } });
        else seenTasks.set(task.id, ['tasks', i]);
      });
    }
    return findings;
  },
});
