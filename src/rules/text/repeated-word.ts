// rules.md "Added after a third real plan": the same word twice in a row ("các nhiệm vụ vụ
// trọng tâm", "trên địa bàn bàn tỉnh"; the Sơn La plan as published has "có cơ cơ hội" and
// "triển khai các các chỉ tiêu"). Reduplications that are words ("người người", "dần dần") and
// a syllable that ends one word and begins the next ("hành vi vi phạm") are not findings:
// vi/words.ts decides, from its list and a lexicon.
import { defineRule, type Finding, placeIn } from '../rule.js';
import { paragraphOf, textRuleStringsOf } from '../_lib/text-fields.js';
import { TEXT_TRAIT } from '../_lib/text-traits.js';
import { repeatedWordsIn } from '../../vi/words.js';

export default defineRule({
  id: 'text/repeated-word',
  severity: 'info',
  kinds: ['plan', 'agencies'],
  description: { vi: 'Một từ bị lặp lại hai lần liền nhau', en: 'The same word twice in a row' },
  messages: {
    repeated: { vi: 'Từ "{word}" bị lặp lại liền nhau: "{context}"', en: 'The word "{word}" is repeated: "{context}"' },
    hint: {
      vi: 'Xóa một chữ "{word}": "{fixed}"; nếu đúng là từ láy (như "người người", "dần dần"), giữ nguyên',
      en: 'Delete one "{word}": "{fixed}"; if it is a reduplicated word (like "người người", "dần dần"), keep it',
    },
  },
  check(doc, repo) {
    const findings: Finding<'repeated' | 'hint'>[] = [];
    for (const s of textRuleStringsOf(doc, repo)) {
      if (!(s.traits & TEXT_TRAIT.REPEAT)) continue;
      const p = paragraphOf(doc, s);
      for (const r of repeatedWordsIn(p)) {
        // A word on each side, so the clerk can find the place in the printed text.
        const before = /[\p{L}\p{M}\p{N}]+[ \t\u00a0]+$/u.exec(p.slice(0, r.from))?.[0] ?? '';
        const after = /^[ \t\u00a0]+[\p{L}\p{M}\p{N}]+/u.exec(p.slice(r.to))?.[0] ?? '';
        findings.push({
          at: placeIn(s.path, r.from, r.to),
          message: 'repeated',
          data: { word: r.word, context: `${before}${p.slice(r.from, r.to)}${after}` },
          hint: 'hint',
          hintData: { word: r.word, fixed: `${before}${r.word}${after}` },
        });
      }
    }
    return findings;
  },
});
