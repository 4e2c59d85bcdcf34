// The text rules skip a string whose one-pass traits (rules/_lib/text-traits.ts) say it holds
// nothing for them. Each trait must therefore be true wherever its rule's own pattern matches:
// held here against those patterns on fuzzed strings of the characters that matter.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/bench/generate.js';
import { TEXT_TRAIT, textTraits } from '../../src/rules/_lib/text-traits.js';
import { invisibleRuns } from '../../src/rules/_lib/text-fields.js';
import { repeatedWordsIn } from '../../src/vi/words.js';

const ALPHABET = [...'ab Ab  \t\t\u00a0\n\n.,;:?!-–—/0(“', 'vụ', 'Vụ', 'vi', 'cơ', 'e\u0301', '\u0301', '\u212b', '\u200b', '\u2060', '\ufeff', '\u00ad', 'ệ', 'ư', 'Đ', '…', '𝐀', '\ud800', '×', '\u2028', '\u3000', '\u1ea0', '\u2bff', '\u2c00', '\ud835\udc00', '😀', 'Ⰰ'];
/** text/whitespace's pattern, on the paragraph as printed (a block scalar's last line breaks dropped). */
const SPACING = /[ \t\u00a0]{2,}|^[ \t\u00a0]+|[ \t\u00a0]+$|[ \t\u00a0]+(?=[.,;:?!])/;
/** REPEAT as TEXT_TRAIT defines it: two neighbouring words (runs of \p{L}\p{M}), only spaces between, alike but for case. */
function repeatsAWord(text: string): boolean {
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  return words.some((w, i) => {
    const next = words[i + 1];
    if (!next || !/^[ \t\u00a0]+$/.test(text.slice(w.index + w[0].length, next.index))) return false;
    return w[0].length === next[0].length && w[0].toLowerCase() === next[0].toLowerCase();
  });
}

describe('textTraits', () => {
  it('is set wherever the pattern of its rule matches (20,000 fuzzed strings)', () => {
    const random = mulberry32(13);
    const seen = { SPACE: 0, DASH: 0, INVISIBLE: 0, MAY_DECOMPOSE: 0, REPEAT: 0 };
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const traits = textTraits(text);
      const has = (t: keyof typeof TEXT_TRAIT) => (traits & TEXT_TRAIT[t]) !== 0;
      const shown = JSON.stringify(text);
      if (text.includes('\n') || SPACING.test(text.replace(/\n+$/, ''))) expect(has('SPACE'), shown).toBe(true);
      if (/[-–]/.test(text)) expect(has('DASH'), shown).toBe(true);
      expect(has('INVISIBLE'), shown).toBe(invisibleRuns(text).length > 0);
      if (text.normalize('NFC') !== text) expect(has('MAY_DECOMPOSE'), shown).toBe(true);
      expect(has('REPEAT'), shown).toBe(repeatsAWord(text));
      if (repeatedWordsIn(text).length > 0) expect(has('REPEAT'), shown).toBe(true);
      for (const t of Object.keys(seen) as (keyof typeof seen)[]) if (has(t)) seen[t]++;
    }
    // Every trait was both set and not set: the comparison above compared something.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
    for (const count of Object.values(seen)) expect(count).toBeLessThan(20_000);
  });

  it('leaves clean Vietnamese prose without a trait', () => {
    expect(textTraits('Tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em “giai đoạn” mới…')).toBe(0);
  });
});
