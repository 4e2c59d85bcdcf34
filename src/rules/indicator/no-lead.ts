// Every indicator needs the one agency accountable for it (chủ trì): the seeds show plans
// whose indicators nobody leads.
import { defineRule, place } from '../rule.js';
import { leadsOf } from '../../model/walk.js';
import { indicatorsIn } from '../_lib/walks.js';

export default defineRule({
  id: 'indicator/no-lead',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Chỉ tiêu không có cơ quan chủ trì', en: 'An indicator without a lead agency' },
  messages: {
    'no-lead': { vi: 'Chỉ tiêu {id} chưa có cơ quan chủ trì ("lead")', en: 'Indicator {id} has no lead agency ("lead")' },
    hint: { vi: 'Ghi khóa của một cơ quan chủ trì, ví dụ "lead: syt"', en: 'Give the key of one lead agency, e.g. "lead: syt"' },
  },
  check(doc, repo) {
    return indicatorsIn(doc, repo)
      .filter(({ item }) => leadsOf(item.lead).length === 0)
      .map(({ item, path }) => ({
        at: place([...path, 'lead']),
        message: 'no-lead',
        data: { id: item.id },
        hint: 'hint',
      }));
  },
});
