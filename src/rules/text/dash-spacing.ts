// rules.md "Header and text": a hyphen used as a dash with a space on one side only
// ("2021- 2025", "chính trị- xã hội", "36 -CTr/TU" in the Phú Yên seed). Vietnamese style puts
// a space on both sides of a dash ("2021 - 2025") and none around a hyphen inside a word or a
// ký hiệu ("36-CTr/TU"). The en dash "–" is held to the same rule. A list marker at the start
// of a paragraph or line ("1- Nguồn vốn", "a- ", "II- ", "- Nguồn vốn") is not a dash (rules.md,
// "Added after a third real plan").
import { defineRule, type Finding, placeIn } from '../rule.js';
import { textFix } from '../../fix/fix.js';
import { paragraphOf, textRuleStringsOf } from '../_lib/text-fields.js';
import { TEXT_TRAIT } from '../_lib/text-traits.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** What may stand before the dash of a list marker on its line: "1", "1.2", "a", "II", or nothing. */
const LIST_MARKER_LABEL = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXLC]+)?$/u;

/** The dash at `i`, followed by a space, ends a list marker that opens its line. */
const isListMarker = (p: string, i: number) => p[i + 1] === ' ' && LIST_MARKER_LABEL.test(p.slice(p.lastIndexOf('\n', i - 1) + 1, i));

/**
 * Each dash with a space on exactly one side, between two word characters: "2021- 2025",
 * "chính trị -xã hội". A scan from each dash rather than one regex with Unicode lookbehinds,
 * which cost a second per thousand plans (npm run bench).
 */
function* oneSidedDashes(p: string): Generator<{ index: number; text: string }> {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c !== '-' && c !== '–') continue;
    if (p[i + 1] === ' ' && p[i - 1] !== ' ' && isWordChar(p[i - 1]) && isWordChar(p[i + 2])) {
      if (!isListMarker(p, i)) yield { index: i, text: p.slice(i, i + 2) };
    } else if (p[i - 1] === ' ' && p[i + 1] !== ' ' && isWordChar(p[i - 2]) && isWordChar(p[i + 1])) yield { index: i - 1, text: p.slice(i - 1, i + 1) };
  }
}

export default defineRule({
  id: 'text/dash-spacing',
  severity: 'info',
  kinds: ['plan', 'agencies'],
  description: { vi: 'Gạch nối có khoảng trắng ở một bên', en: 'A hyphen with a space on one side only' },
  messages: {
    'one-sided': { vi: 'Dấu gạch có khoảng trắng ở một bên: "{context}"', en: 'A dash with a space on one side only: "{context}"' },
    hint: {
      vi: 'Viết "{spaced}" nếu là dấu gạch ngang (khoảng trắng hai bên), hoặc "{joined}" nếu là gạch nối trong một từ, ký hiệu',
      en: 'Write "{spaced}" for a dash (spaces on both sides), or "{joined}" for a hyphen inside a word or number',
    },
  },
  check(doc, repo) {
    const findings: Finding<'one-sided' | 'hint'>[] = [];
    for (const s of textRuleStringsOf(doc, repo)) {
      if (!(s.traits & TEXT_TRAIT.DASH)) continue;
      const p = paragraphOf(doc, s);
      for (const m of oneSidedDashes(p)) {
        const from = m.index;
        const to = from + m.text.length;
        const dash = m.text.trim();
        const before = /[\p{L}\p{N}]+$/u.exec(p.slice(0, from))?.[0] ?? '';
        const after = /^[\p{L}\p{N}]+/u.exec(p.slice(to))?.[0] ?? '';
        findings.push({
          at: placeIn(s.path, from, to),
          message: 'one-sided',
          data: { context: `${before}${m.text}${after}` },
          hint: 'hint',
          hintData: { spaced: `${before} ${dash} ${after}`, joined: `${before}${dash}${after}` },
          // Certain only between two numbers ("2021- 2025" is a range, written "2021-2025"); between
          // words a dash or a hyphen is the author's choice.
          fix: /\d$/.test(before) && /^\d/.test(after) ? textFix(doc, s.path, s.text, from, to, dash) : undefined,
        });
      }
    }
    return findings;
  },
});
