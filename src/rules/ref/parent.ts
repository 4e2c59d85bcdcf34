// `parent` must name a directive or plan of the repository (rules.md "References").
import { didYouMean } from '../../diagnostics/diagnostic.js';
import { commonHints, defineRule, place } from '../rule.js';

export default defineRule({
  id: 'ref/parent',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: '"parent" không trỏ tới văn bản nào trong kho', en: '"parent" names no document of the repository' },
  messages: {
    missing: { vi: 'Không có văn bản nào mang mã "{id}" trong kho', en: 'No document of the repository has the id "{id}"' },
    'not-a-parent': { vi: '"{id}" là danh mục cơ quan, không phải văn bản cấp trên', en: '"{id}" is an agencies registry, not a parent document' },
    ...commonHints,
    'hint.add-record': {
      vi: 'Thêm một tệp "kind: directive" có "id: {id}" ghi số, ngày, cơ quan ban hành và các nhiệm vụ của văn bản đó',
      en: 'Add a "kind: directive" file with "id: {id}" recording that document\'s number, date, issuer and tasks',
    },
  },
  check(doc, repo) {
    const id = doc.model.parent;
    if (!id) return [];
    const at = place(['parent']);
    // Held in full or as its header: either says what kind of document the id names.
    const target = repo.withId(id)[0];
    if (target) {
      return target.kind === 'agencies' ? [{ at, message: 'not-a-parent', data: { id } }] : [];
    }
    const candidates = [...repo.ids()].filter(([, docs]) => docs[0].kind !== 'agencies').map(([k]) => k);
    const suggestion = didYouMean(id, candidates);
    return [
      {
        at,
        message: 'missing',
        data: { id },
        ...(suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : { hint: 'hint.add-record', hintData: { id } }),
      },
    ];
  },
});
