import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDUPLICATIONS, repeatedWordsIn } from '../../../src/vi/words.js';
import { AGENCIES, ROOT } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'text/repeated-word';

/** A plan whose aims are these paragraphs, double-quoted, one a line from line 7. */
const plan = (paragraphs: string[]) => `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
${paragraphs.map((p) => `    - "${p}"`).join('\n')}
`;

describe(RULE, () => {
  it('notes the same word twice in a row, at the two words', () => {
    const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
    - "Thực hiện các nhiệm vụ vụ trọng tâm trên địa bàn bàn tỉnh."
#                          ^^^^^ text/repeated-word
#                                                   ^^^^^^^ text/repeated-word
    - "TRÊN ĐỊA BÀN Bàn TỈNH"
#               ^^^^^^^ text/repeated-word
`;
    const found = expectFindings({ 'p.yaml': PLAN });
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toBe('Từ "vụ" bị lặp lại liền nhau: "nhiệm vụ vụ trọng"');
    expect(found[0].hint).toBe('Xóa một chữ "vụ": "nhiệm vụ trọng"; nếu đúng là từ láy (như "người người", "dần dần"), giữ nguyên');
    const en = expectFindings({ 'p.yaml': PLAN }, { lang: 'en' });
    expect(en[1].message).toBe('The word "bàn" is repeated: "địa bàn bàn tỉnh"');
  });

  it('stays quiet on every reduplication of the list, and on those of the lexicon', () => {
    expect(REDUPLICATIONS).toEqual(expect.arrayContaining(['người người', 'nhà nhà', 'ngày ngày', 'từ từ', 'dần dần', 'lần lần', 'đời đời']));
    const aims = REDUPLICATIONS.map((r) => `Để ${r} cùng tham gia.`);
    expectFindings({ 'p.yaml': plan([...aims, 'Triển khai song song các nhiệm vụ, chỉ tiêu, vân vân.', 'Luôn luôn nêu gương.']) });
  });

  it('stays quiet on a syllable that ends one word and begins the next', () => {
    expectFindings({
      'p.yaml': plan(['Xử lý các hành vi vi phạm quyền trẻ em.', 'Cho học sinh sinh viên.', 'Đề nghị các cơ quan quan tâm.', 'Các tổ chức chức năng.', 'Từng bước, bước đầu.']),
    });
  });

  it('reads the printed agency names of a registry', () => {
    // Line 4 of the registry: \`  syt: { name: Sở Y tế tế }\`.
    expectFindings({ 'a.yaml': AGENCIES.replace('  syt: { name: Sở Y tế }\n', '  syt: { name: Sở Y tế tế }\n#                   ^^^^^ text/repeated-word\n') }, { rules: RULE });
  });
});

// The printed plans of the seeds (copies of ../shared/seeds/*.txt, the web pages they were
// transcribed from): every sentence, each line of the page, goes through the rule's check.
// The only repetitions are the Sơn La plan's two real typos.
describe(`${RULE} on the seeds' text`, () => {
  const SEEDS = join(ROOT, 'test/fixtures/seed-texts');

  it('finds the two typos of the published Sơn La plan and nothing else', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(3);
    const found = files.flatMap((file) =>
      readFileSync(join(SEEDS, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => repeatedWordsIn(line).map((r) => `${file}:${i + 1}:${r.from} ${line.slice(r.from, r.to)}`)),
    );
    expect(found).toEqual(['001_3ceea748a32a49c5.txt:37:290 cơ cơ', '001_3ceea748a32a49c5.txt:157:59 các các']);
  });
});
