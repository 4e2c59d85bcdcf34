// One name normalisation (src/vi/names.ts) for every comparison of names: the old and new
// placement of tone marks ("Uỷ"/"Ủy", "hoà"/"hòa") and case never make two names differ.
import { describe, expect, it } from 'vitest';
import { nameKey, TOKEN, tokenise, tokensKey } from '../../src/vi/names.js';
import { mulberry32 } from '../../scripts/bench/generate.js';
import { makeRepo, pick, validateJson } from '../helpers.js';

describe('nameKey', () => {
  it('equates case, tone placement, spacing and dashes', () => {
    expect(nameKey('Uỷ ban nhân dân  tỉnh Khánh Hoà')).toBe(nameKey('ủy ban nhân dân tỉnh khánh hòa'));
    expect(nameKey('Sở Lao động – Thương binh và Xã hội')).toBe(nameKey('Sở Lao động-Thương binh và Xã hội'));
    expect(nameKey('Sở Y tế')).not.toBe(nameKey('Sở Tư pháp'));
  });
});

describe('nameKey on fuzzed names', () => {
  // nameKey normalises a name of words and single spaces in one go; its definition is the
  // normalised words of tokenise joined by one space.
  const WORDS = ['Uỷ', 'ủy', 'ban', 'Hoà', 'hòa', 'KHOẺ', 'Thuý', 'ĐẠI', 'Lạng', 'ngọa', 'Ο∆ΟΣ', 'İ', 'ß', '𝐀', 'x\u0301', '12', '-', '–', ','];
  it('is the normalised words joined by one space', () => {
    const random = mulberry32(13);
    for (let n = 0; n < 3000; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => WORDS[Math.floor(random() * WORDS.length)]);
      const name = words.join(random() < 0.8 ? ' ' : '  ');
      expect(nameKey(name), JSON.stringify(name)).toBe(tokensKey(tokenise(name)));
    }
  });
});

describe('tokenise', () => {
  // tokenise scans char codes for speed; TOKEN is the definition. Both must cut every string
  // alike: Vietnamese in both tone placements, NFD marks, astral letters and digits, emoji, lone
  // surrogates, every kind of space and punctuation.
  const expected = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
  const ALPHABET = [...'aAzZ09 \t\n\u00a0\u2003\u3000\ufeff.,;:-–—/()"“”×÷ÀàĐđƯươỹỷủỳ\u0301\u0323ẠạỀềỰự', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '中', 'ا', '\u0663', 'ß', 'Ω'];
  it('cuts like its definition on fuzzed text', () => {
    const random = mulberry32(2026);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      expect(tokenise(text).map((t) => [t.from, t.to]), JSON.stringify(text)).toEqual(expected(text));
    }
  });
  it('gives offsets plus the base and the normalised words', () => {
    expect(tokenise('Uỷ ban, huyện 1', 10)).toEqual([
      { norm: 'ủy', from: 10, to: 12 },
      { norm: 'ban', from: 13, to: 16 },
      { norm: ',', from: 16, to: 17 },
      { norm: 'huyện', from: 18, to: 23 },
      { norm: '1', from: 24, to: 25 },
    ]);
  });
});

// The ministry receives the half-year report from the Front; the Front's own plan writes its
// name with the old tone placement ("Uỷ ban") and sends its report elsewhere, so only the issuer's
// name says that this report feeds the ministry's. Before vi/ this comparison lower-cased only,
// and the late deadline went unreported.
const AGENCIES = `kind: agencies
id: agencies
agencies:
  syt: { name: Sở Y tế }
  mttq: { name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa, type: mass_org }
`;

const DIRECTIVE = `kind: directive
id: huong-dan
doc_type: Hướng dẫn
number: 7/HD-BNV
date: 2024-02-01
issuer: { name: Bộ Nội vụ }
title: Hướng dẫn báo cáo
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    due: "06-15"
    from: [mttq]
`;

const PLAN = `kind: plan
id: p
title: T
issuer: { name: Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hoà }
parent: huong-dan
reporting:
  - name: Báo cáo 6 tháng
    period: semiannual
    due: "06-20"
    to: syt
`;

describe('parent/deadline-after-parent compares the issuer as a name', () => {
  it('finds the parent report the plan feeds whatever the tone placement of its issuer', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'hd.yaml': DIRECTIVE, 'p.yaml': PLAN });
    const { report } = await validateJson(dir);
    expect(pick(report, 'parent/deadline-after-parent')).toEqual([
      { rule: 'parent/deadline-after-parent', file: 'p.yaml', line: 9, column: 10, endLine: 9, endColumn: 17 },
    ]);
  });
});
