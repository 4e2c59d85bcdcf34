// rules.md "Header and text": spacing mistakes that print as they are typed. Each run of
// spaces is reported once, as the first that applies: at the start or end of the paragraph,
// before a punctuation mark (". , ; : ? !"; not before an ellipsis "..."), or doubled.
// A line break inside a quoted or plain scalar is a paragraph split by accident (a blank line
// in a plain scalar, or "\n" typed in a quoted one); block scalars (| and >) are left alone,
// their author chose the lines. The Sơn La plan as published has "26,1% ." (Chỉ tiêu 4, 5,
// 11 and II.4).
import { defineRule, type Finding, placeIn } from '../rule.js';
import { textFix } from '../../fix/fix.js';
import { paragraphOf, textRuleStringsOf, scalarTypeAt } from '../_lib/text-fields.js';
import { TEXT_TRAIT } from '../_lib/text-traits.js';

type Kind = 'leading' | 'trailing' | 'before-punctuation' | 'doubled' | 'line-break';
type Hint = 'hint.remove' | 'hint.punctuation' | 'hint.single' | 'hint.line-break';

/** The span with up to two whole words on each side, line breaks shown as ↵. */
const context = (s: string, from: number, to: number) => {
  const before = /(?:\S+\s+){0,2}\S*$/.exec(s.slice(0, from))?.[0] ?? '';
  const after = /^\S*(?:\s+\S+){0,2}/.exec(s.slice(to))?.[0] ?? '';
  return `${before}${s.slice(from, to)}${after}`.replace(/\n/g, '↵');
};

export default defineRule({
  id: 'text/whitespace',
  severity: 'info',
  kinds: ['plan', 'agencies'],
  description: { vi: 'Khoảng trắng thừa, khoảng trắng trước dấu câu, xuống dòng giữa đoạn', en: 'Doubled spaces, spaces before punctuation, stray line breaks inside a paragraph' },
  messages: {
    leading: { vi: 'Khoảng trắng thừa ở đầu đoạn: "{context}"', en: 'Stray space at the start of the paragraph: "{context}"' },
    trailing: { vi: 'Khoảng trắng thừa ở cuối đoạn: "{context}"', en: 'Stray space at the end of the paragraph: "{context}"' },
    'before-punctuation': { vi: 'Khoảng trắng trước dấu "{mark}": "{context}"', en: 'A space before "{mark}": "{context}"' },
    doubled: { vi: 'Hai khoảng trắng liền nhau: "{context}"', en: 'Two spaces in a row: "{context}"' },
    'line-break': { vi: 'Xuống dòng giữa đoạn văn: "{context}"', en: 'A line break inside the paragraph: "{context}"' },
    'hint.remove': { vi: 'Xóa khoảng trắng này', en: 'Delete the space' },
    'hint.punctuation': { vi: 'Viết dấu câu liền sau chữ: "{fixed}"', en: 'Put the mark right after the word: "{fixed}"' },
    'hint.single': { vi: 'Chỉ để một khoảng trắng', en: 'Keep a single space' },
    'hint.line-break': {
      vi: 'Nối thành một dòng, hoặc tách thành hai phần tử của danh sách nếu đó là hai đoạn',
      en: 'Join the lines, or make two list items if these are two paragraphs',
    },
  },
  check(doc, repo) {
    const findings: Finding<Kind | Hint>[] = [];
    for (const s of textRuleStringsOf(doc, repo)) {
      if (!(s.traits & TEXT_TRAIT.SPACE)) continue;
      const p = paragraphOf(doc, s);
      // The certain replacements: delete the run, or keep one space of a doubled one. A block
      // scalar's paragraph `p` is its text without the final line breaks: offsets are the same.
      const fixes: Partial<Record<Kind, string>> = { leading: '', trailing: '', 'before-punctuation': '', doubled: ' ' };
      const push = (kind: Kind, from: number, to: number, extra: Record<string, string> = {}) => {
        const hint: Hint = kind === 'before-punctuation' ? 'hint.punctuation' : kind === 'doubled' ? 'hint.single' : kind === 'line-break' ? 'hint.line-break' : 'hint.remove';
        findings.push({
          at: placeIn(s.path, from, to),
          message: kind,
          data: { context: context(p, from, to), ...extra },
          hint,
          fix: fixes[kind] === undefined ? undefined : textFix(doc, s.path, s.text, from, to, fixes[kind]),
        });
      };
      // Only the runs that can be findings: leading, trailing, doubled, or before punctuation.
      // (Matching every single space of the prose cost a quarter of validate: npm run bench.)
      for (const m of p.matchAll(/[ \t\u00a0]{2,}|^[ \t\u00a0]+|[ \t\u00a0]+$|[ \t\u00a0]+(?=[.,;:?!])/g)) {
        const from = m.index ?? 0;
        const to = from + m[0].length;
        const next = p.slice(to);
        if (from === 0) push('leading', from, to);
        else if (to === p.length) push('trailing', from, to);
        else if (/^[.,;:?!]/.test(next) && !next.startsWith('..')) {
          push('before-punctuation', from, to, { mark: next[0], fixed: `${/\S*$/.exec(p.slice(0, from))?.[0] ?? ''}${next[0]}` });
        } else if (m[0].length > 1) push('doubled', from, to);
      }
      const type = p.includes('\n') ? scalarTypeAt(doc, s.path) : undefined;
      if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
        for (const m of p.matchAll(/\n+/g)) push('line-break', m.index ?? 0, (m.index ?? 0) + m[0].length);
      }
    }
    return findings;
  },
});
