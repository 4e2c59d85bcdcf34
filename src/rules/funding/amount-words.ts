// rules.md "Added after a third real plan": an amount written in figures and then in words
// ("1.250,5 triệu đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)") whose two values
// differ — one digit off in either is money nobody can be sure of. Any printed string is read
// (the funding section most of all, but tasks and duties quote sums too). The words are read
// by vi/numbers.ts; words it cannot read for sure (spoken shortenings) are no finding.
import { defineRule, type Finding, placeIn } from '../rule.js';
import { printedStringsOf } from '../_lib/text-fields.js';
import { formatViDecimal, parseViNumberWords, sameDecimal, timesTenTo, viDecimal } from '../../vi/numbers.js';

const SPACE = '[ \\u00a0]';
const SCALE_POWER: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

// Figures as Vietnamese prints them (1.250.500.000 or 1.250,5), the scale words after them
// ("triệu", "nghìn tỷ"), an optional currency, then the words in parentheses, optionally
// after "Bằng chữ:", ending with "đồng" (and "chẵn").
const AMOUNT = new RegExp(
  [
    '(?<![\\p{L}\\p{N}.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?!\\d)',
    `((?:${SPACE}*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}\\p{M}]))*)`,
    `(?:${SPACE}*(?:đồng|đ|VNĐ|VND)(?![\\p{L}\\p{M}]))?`,
    `${SPACE}*\\(${SPACE}*(?:(?:[Vv]iết${SPACE}+)?[Bb]ằng${SPACE}+chữ${SPACE}*:${SPACE}*)?`,
    '([^()]*?)',
    `${SPACE}+(?:đồng|VNĐ|VND)(?:${SPACE}+chẵn)?${SPACE}*[.;]?${SPACE}*\\)`,
  ].join(''),
  'gu',
);

export default defineRule({
  id: 'funding/amount-words',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Số tiền bằng số và bằng chữ không khớp nhau', en: 'An amount in figures and in words that disagree' },
  messages: {
    mismatch: {
      vi: 'Số tiền bằng số và bằng chữ không khớp: "{figures}" là {figureValue} đồng, còn bằng chữ "{words}" là {wordsValue} đồng',
      en: 'The amount in figures and in words disagree: "{figures}" is {figureValue} đồng, the words "{words}" say {wordsValue} đồng',
    },
    hint: {
      vi: 'Đối chiếu với dự toán được duyệt rồi sửa số hoặc chữ cho khớp nhau',
      en: 'Check the approved estimate and correct the figures or the words so they agree',
    },
  },
  check(doc, repo) {
    const findings: Finding<'mismatch' | 'hint'>[] = [];
    for (const s of printedStringsOf(doc, repo)) {
      if (!s.text.includes('(')) continue;
      for (const m of s.text.matchAll(AMOUNT)) {
        const [whole, integer, fraction, scales, words] = m;
        const spoken = parseViNumberWords(words);
        if (!spoken) continue;
        const power = (scales.match(/\p{L}+/gu) ?? []).reduce((sum, w) => sum + SCALE_POWER[w], 0);
        const written = timesTenTo(viDecimal(integer, fraction), power);
        if (sameDecimal(written, spoken)) continue;
        const from = m.index;
        const figures = s.text.slice(from, from + whole.indexOf('(')).trimEnd();
        findings.push({
          at: placeIn(s.path, from, from + whole.length),
          message: 'mismatch',
          data: { figures, figureValue: formatViDecimal(written), words: words.trim(), wordsValue: formatViDecimal(spoken) },
          hint: 'hint',
        });
      }
    }
    return findings;
  },
});
