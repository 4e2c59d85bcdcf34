// rules.md "Indicators and assignments": a state body (format: state, Nghị định 30/2020) cannot
// order a Party organ, a mass organisation or a trade union; it can only request ("Đề nghị").
// The Sơn La plan as published gives duties to the Đoàn Thanh niên without "Đề nghị" (IV.8).
// The agency's `type` in the registry decides (format.md "agencies").
import { defineRule, type Finding, place } from '../rule.js';
import { leadsOf } from '../../model/walk.js';
import { indicatorsIn } from '../_lib/walks.js';

const REQUEST_ONLY: ReadonlySet<string> = new Set(['party', 'mass_org', 'union']);

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  party: { vi: 'tổ chức Đảng', en: 'a Party body' },
  mass_org: { vi: 'tổ chức chính trị - xã hội, đoàn thể', en: 'a mass organisation' },
  union: { vi: 'tổ chức công đoàn', en: 'a trade union body' },
};

export default defineRule({
  id: 'assignment/request-needed',
  severity: 'warning',
  kinds: ['plan'],
  description: {
    vi: 'Giao nhiệm vụ cho tổ chức Đảng, đoàn thể, công đoàn mà không "Đề nghị" trong kế hoạch của cơ quan nhà nước',
    en: 'Duties given to a party, mass or union body without "request: true" in a state plan',
  },
  messages: {
    missing: {
      vi: '{name} là {typeVi} (loại "{type}" trong danh mục cơ quan): kế hoạch của cơ quan nhà nước không giao nhiệm vụ được mà chỉ "Đề nghị"',
      en: '{name} is {typeEn} (type "{type}" in the agencies registry): a state body cannot order it, only request ("Đề nghị")',
    },
    hint: { vi: 'Ghi "request: true" để in "Đề nghị {name} ..."', en: 'Write "request: true" so that "Đề nghị {name} ..." is printed' },
  },
  check(doc, repo) {
    if ((doc.model.format ?? 'state') !== 'state') return [];
    const leading = new Set(indicatorsIn(doc, repo).flatMap(({ item }) => leadsOf(item.lead)));
    const findings: Finding<'missing' | 'hint'>[] = [];
    for (const [i, a] of (doc.model.assignments ?? []).entries()) {
      if (a.request === true) continue;
      const agency = repo.resolveAgency(doc.model, a.agency, doc)?.agency;
      if (!agency?.type || !REQUEST_ONLY.has(agency.type)) continue;
      // An entry with no duty and no led indicator prints nothing to order (assignment/empty).
      if ((a.duties ?? []).length === 0 && !leading.has(a.agency)) continue;
      const kind = TYPE_NAMES[agency.type];
      findings.push({
        at: a.request === false ? place(['assignments', i, 'request']) : place(['assignments', i, 'agency']),
        message: 'missing',
        data: { name: agency.name, type: agency.type, typeVi: kind.vi, typeEn: kind.en },
        hint: 'hint',
      });
    }
    return findings;
  },
});
