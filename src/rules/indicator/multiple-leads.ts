// More than one lead for an indicator means nobody is accountable (rules.md); the Sơn La
// plan as published names two or three leads for several indicators.
import { defineRule, place } from '../rule.js';
import { leadsOf } from '../../model/walk.js';
import { indicatorsIn } from '../_lib/walks.js';

export default defineRule({
  id: 'indicator/multiple-leads',
  severity: 'warning',
  kinds: ['plan'],
  description: { vi: 'Chỉ tiêu có nhiều cơ quan chủ trì', en: 'An indicator with more than one lead agency' },
  messages: {
    multiple: { vi: 'Chỉ tiêu {id} có {count} cơ quan chủ trì ({leads}): không ai chịu trách nhiệm chính', en: 'Indicator {id} has {count} lead agencies ({leads}): nobody is accountable' },
    hint: { vi: 'Giữ một cơ quan ở "lead", chuyển các cơ quan khác sang "support"', en: 'Keep one agency in "lead" and move the others to "support"' },
  },
  check(doc, repo) {
    return indicatorsIn(doc, repo)
      .filter(({ item }) => leadsOf(item.lead).length > 1)
      .map(({ item, path }) => ({
        at: place([...path, 'lead']),
        message: 'multiple',
        data: { id: item.id, count: leadsOf(item.lead).length, leads: leadsOf(item.lead).join(', ') },
        hint: 'hint',
      }));
  },
});
