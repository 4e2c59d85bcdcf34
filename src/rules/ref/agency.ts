// An agency key must resolve in the plan's own `agencies` or an agencies document
// (format.md "agencies"); a typo would otherwise print an unknown name in the signed plan.
import { didYouMean } from '../../diagnostics/diagnostic.js';
import { commonHints, defineRule, place } from '../rule.js';
import { nameKey } from '../../vi/names.js';
import { textFix } from '../../fix/fix.js';
import { agencyRefsIn } from '../_lib/walks.js';

export default defineRule({
  id: 'ref/agency',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: 'Khóa cơ quan không có trong danh mục', en: 'An agency key resolves nowhere' },
  messages: {
    unknown: { vi: 'Không có cơ quan "{key}" trong danh mục cơ quan', en: 'There is no agency "{key}" in the agency registry' },
    ...commonHints,
    'hint.use-key': {
      vi: 'Ghi khóa của cơ quan, không ghi tên: "{suggestion}" là khóa của {name}',
      en: 'Write the agency\'s key, not its name: "{suggestion}" is the key of {name}',
    },
    'hint.add-agency': {
      vi: 'Thêm "{key}" vào một tệp "kind: agencies" hoặc vào "agencies:" của kế hoạch',
      en: 'Add "{key}" to a "kind: agencies" file or to the plan\'s "agencies:"',
    },
  },
  check(doc, repo) {
    const plan = doc.model.kind === 'plan' ? doc.model : undefined;
    const unknown = agencyRefsIn(doc, repo).filter((ref) => !repo.resolveAgency(plan, ref.key, doc));
    // Almost every plan has none: the registry's names are compared only when one is unknown.
    if (unknown.length === 0) return [];
    const known = repo.agencyKeys(plan);
    // Authors often write the agency's name ("Sở Y tế") where its key ("syt") belongs.
    const byName = new Map<string, { key: string; name: string }>();
    for (const key of known) {
      const agency = repo.resolveAgency(plan, key, doc)?.agency;
      if (!agency) continue;
      for (const name of [agency.name, agency.short, ...(agency.aliases ?? [])]) if (name) byName.set(nameKey(name), { key, name: agency.name });
    }
    return unknown.map((ref) => {
      const named = byName.get(nameKey(ref.key));
      if (named) {
        return {
          at: place(ref.path),
          message: 'unknown',
          data: { key: ref.key },
          hint: 'hint.use-key',
          hintData: { suggestion: named.key, name: named.name },
          fix: textFix(doc, ref.path, ref.key, 0, ref.key.length, named.key),
        };
      }
      const suggestion = didYouMean(ref.key, known);
      // Fixed only when no other key is near too: then the typo is certain.
      const certain = suggestion !== undefined && didYouMean(ref.key, [...known].filter((k) => k !== suggestion)) === undefined;
      return {
        at: place(ref.path),
        message: 'unknown',
        data: { key: ref.key },
        ...(suggestion
          ? { hint: 'hint.did-you-mean', hintData: { suggestion }, fix: certain ? textFix(doc, ref.path, ref.key, 0, ref.key.length, suggestion) : undefined }
          : { hint: 'hint.add-agency', hintData: { key: ref.key } }),
      };
    });
  },
});
