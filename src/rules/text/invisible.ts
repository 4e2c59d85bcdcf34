// rules.md "Added after a third real plan": zero-width and other invisible characters, pasted
// with text from web pages and PDFs, print as nothing but make "45/KH\u200b-UBND" a different string
// from "45/KH-UBND" for every search (the citation rules read through them: _lib/citations/analyse.ts).
// One finding per run of them, at the characters themselves.
import { defineRule, type Finding, placeIn } from '../rule.js';
import { textFix } from '../../fix/fix.js';
import { invisibleRuns, textRuleStringsOf } from '../_lib/text-fields.js';
import { TEXT_TRAIT } from '../_lib/text-traits.js';

export default defineRule({
  id: 'text/invisible',
  severity: 'warning',
  kinds: ['plan', 'agencies'],
  description: { vi: 'Ký tự vô hình trong văn bản (dấu cách độ rộng 0, gạch nối mềm…)', en: 'Invisible characters in the text (zero-width space, soft hyphen…)' },
  messages: {
    invisible: {
      vi: 'Ký tự vô hình {codes} giữa "{before}" và "{after}": không thấy khi in nhưng làm sai việc tìm kiếm và đối chiếu văn bản',
      en: 'An invisible character {codes} between "{before}" and "{after}": it prints as nothing but breaks searching and matching the text',
    },
    hint: {
      vi: 'Xóa ký tự này (thường lẫn vào khi sao chép từ trang web hoặc PDF): đặt con trỏ ngay sau "{before}" và xóa một lần',
      en: 'Delete it (it usually comes with text copied from a web page or a PDF): put the cursor right after "{before}" and delete once',
    },
  },
  check(doc, repo) {
    const findings: Finding<'invisible' | 'hint'>[] = [];
    // The text rules' scope (rules.md): printed registry names included, the ký hiệu (`number`,
    // header/number-format's) excluded.
    for (const s of textRuleStringsOf(doc, repo)) {
      if (!(s.traits & TEXT_TRAIT.INVISIBLE)) continue;
      for (const [from, to] of invisibleRuns(s.text)) {
        const codes = [...new Set(s.text.slice(from, to))].map(codePoint).join(', ');
        findings.push({
          at: placeIn(s.path, from, to),
          message: 'invisible',
          data: { codes, before: wordBefore(s.text, from), after: wordAfter(s.text, to) },
          hint: 'hint',
          fix: textFix(doc, s.path, s.text, from, to, ''),
        });
      }
    }
    return findings;
  },
});

/** Up to 15 characters before an offset, to the start of a word: where the reader finds the place. */
const wordBefore = (text: string, at: number) => /\S{0,15}$/u.exec(text.slice(Math.max(0, at - 15), at))?.[0] ?? '';
const wordAfter = (text: string, at: number) => /^\S{0,15}/u.exec(text.slice(at, at + 15))?.[0] ?? '';

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
