// A plan that gives work to a body that no longer exists (spec/rules.md "Agencies that no longer
// exist"): since the 2025 reorganisation, plans copied from last year's still assign work to
// "Sở Tài nguyên và Môi trường" or "Ủy ban nhân dân các huyện". Judged at the plan's date, so
// the plans of 2023–2024 that rightly name them are untouched; an undated draft at today's.
import { citationDate } from '../../vi/dates.js';
import { defunctNamesOf, endedBy, endedNamesIn, judgingDate, successorsText } from '../_lib/defunct.js';
import { printedStringsOf } from '../_lib/text-fields.js';
import { agencyRefsIn } from '../_lib/walks.js';
import { defineRule, type Finding, place, placeIn } from '../rule.js';

type Message = 'ended' | 'ended-undated' | 'hint.successors' | 'hint.no-successor';

export default defineRule({
  id: 'agency/defunct',
  severity: 'warning',
  kinds: ['plan'],
  description: {
    vi: 'Kế hoạch giao việc cho, hoặc nêu tên, cơ quan đã thôi tồn tại trước ngày của kế hoạch',
    en: 'The plan assigns work to, or names, a body that had ceased to exist by its date',
  },
  messages: {
    ended: {
      vi: '"{name}" không còn tồn tại từ ngày {until} ({source}); kế hoạch đề ngày {date}',
      en: '"{name}" has not existed since {until} ({source}); the plan is dated {date}',
    },
    'ended-undated': {
      vi: '"{name}" không còn tồn tại từ ngày {until} ({source}); kế hoạch chưa ghi ngày nên được xét theo ngày hôm nay, {date}',
      en: '"{name}" has not existed since {until} ({source}); the plan has no date, so it is judged at today\'s date, {date}',
    },
    'hint.successors': { vi: 'Cơ quan kế thừa: {successors}', en: 'Succeeded by: {successors}' },
    'hint.no-successor': {
      vi: 'Ghi cơ quan đang đảm nhận nhiệm vụ này (thêm "succeeded_by:" cho cơ quan trong danh mục để gợi ý ở đây)',
      en: 'Name the body that does this work now (give the registry entry "succeeded_by:" to have it suggested here)',
    },
  },
  check(doc, repo) {
    const plan = doc.model;
    const { date, undated } = judgingDate(plan);
    const names = defunctNamesOf(repo);
    // Before the first body ended (the 2023–2024 plans), nothing can be reported: no search.
    if (date < names.earliestEnd) return [];
    const findings: Finding<Message>[] = [];
    const report = (at: Finding['at'], name: string, ended: { until: string; successors: string[]; source: string }) =>
      findings.push({
        at,
        message: undated ? 'ended-undated' : 'ended',
        data: { name, until: citationDate(ended.until), source: ended.source, date: citationDate(date) },
        ...(ended.successors.length
          ? { hint: 'hint.successors', hintData: { successors: successorsText(ended.successors, repo) } }
          : { hint: 'hint.no-successor' }),
      });
    // By key: assignments, leads, supports and reporting.
    for (const ref of agencyRefsIn(doc, repo)) {
      const resolved = repo.resolveAgency(plan, ref.key, doc);
      if (!resolved) continue; // ref/agency reports it
      const ended = endedBy(resolved.agency, resolved.definedIn.file, date, repo, names);
      if (ended) report(place(ref.path), resolved.agency.name, ended);
    }
    // By name, in what is printed.
    for (const s of printedStringsOf(doc, repo)) {
      for (const m of endedNamesIn(s.text, names)) {
        if (m.name.until <= date) report(placeIn(s.path, m.from, m.to), s.text.slice(m.from, m.to), m.name);
      }
    }
    return findings;
  },
});
