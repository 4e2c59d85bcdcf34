// An agency listed in Tổ chức thực hiện with nothing to do: either its duties were lost in
// editing or it should not be listed (rules.md).
import { defineRule, place } from '../rule.js';
import { indicatorsOf, leadsOf, tasksOf } from '../../model/walk.js';

export default defineRule({
  id: 'assignment/empty',
  severity: 'warning',
  kinds: ['plan'],
  description: { vi: 'Cơ quan được phân công nhưng không có nhiệm vụ nào', en: 'An assigned agency with no duty and no led indicator' },
  messages: {
    empty: { vi: '"{agency}" có tên trong phần Tổ chức thực hiện nhưng không có nhiệm vụ và không chủ trì chỉ tiêu nào', en: '"{agency}" is listed under Tổ chức thực hiện with no duty and no led indicator' },
    hint: { vi: 'Thêm "duties", giao chỉ tiêu cho cơ quan này, hoặc bỏ mục này', en: 'Add "duties", give it an indicator to lead, or remove the entry' },
  },
  check(doc) {
    const leading = new Set([
      ...indicatorsOf(doc.model).flatMap(({ item }) => [...leadsOf(item.lead), ...(item.support ?? [])]),
      ...tasksOf(doc.model).flatMap(({ item }) => [...leadsOf(item.lead), ...(item.support ?? [])]),
    ]);
    return (doc.model.assignments ?? []).flatMap((a, i) =>
      (a.duties?.length ?? 0) === 0 && !leading.has(a.agency)
        ? [{ at: place(['assignments', i, 'agency']), message: 'empty', data: { agency: a.agency }, hint: 'hint' }]
        : [],
    );
  },
});
