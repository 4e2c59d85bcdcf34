// An agency listed in Tổ chức thực hiện with nothing to do: either its duties were lost in
// editing or it should not be listed (rules.md).
import { defineRule, place } from '../rule.js';
import { leadsOf } from '../../model/walk.js';
import { indicatorsIn, tasksIn } from '../_lib/walks.js';

export default defineRule({
  id: 'assignment/empty',
  severity: 'warning',
  kinds: ['plan'],
  description: { vi: 'Cơ quan được phân công nhưng không có nhiệm vụ nào', en: 'An assigned agency with no duty and no led indicator' },
  messages: {
    empty: { vi: '"{agency}" có tên trong phần Tổ chức thực hiện nhưng không có nhiệm vụ và không chủ trì chỉ tiêu nào', en: '"{agency}" is listed under Tổ chức thực hiện with no duty and no led indicator' },
    hint: { vi: 'Thêm "duties", giao chỉ tiêu cho cơ quan này, hoặc bỏ mục này', en: 'Add "duties", give it an indicator to lead, or remove the entry' },
  },
  check(doc, repo) {
    const leading = new Set([
      ...indicatorsIn(doc, repo).flatMap(({ item }) => [...leadsOf(item.lead), ...(item.support ?? [])]),
      ...tasksIn(doc, repo).flatMap(({ item }) => [...leadsOf(item.lead), ...(item.support ?? [])]),
    ]);
    return (doc.model.assignments ?? []).flatMap((a, i) =>
      (a.duties?.length ?? 0) === 0 && !leading.has(a.agency)
        ? [{ at: place(['assignments', i, 'agency']), message: 'empty', data: { agency: a.agency }, hint: 'hint' }]
        : [],
    );
  },
});
