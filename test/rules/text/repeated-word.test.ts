import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDUPLICATIONS, repeatedWordsIn } from '../../../src/vi/words.js';
import { AGENCIES, makeRepo, pick, planWithParagraphs, ROOT, validateJson } from '../../helpers.js';

const RULE = 'text/repeated-word';

const plan = (paragraphs: string[]) => planWithParagraphs('purpose', 'aims', paragraphs);

describe(RULE, () => {
  it('notes the same word twice in a row, at the two words', async () => {
    const dir = makeRepo({ 'p.yaml': plan(['Thực hiện các nhiệm vụ vụ trọng tâm trên địa bàn bàn tỉnh.', 'TRÊN ĐỊA BÀN Bàn TỈNH']) });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(pick(report, RULE)).toEqual([
      // line 7 is `    - "Thực hiện các nhiệm vụ vụ …`: the text starts at column 8
      { rule: RULE, file: 'p.yaml', line: 7, column: 28, endLine: 7, endColumn: 33 },
      { rule: RULE, file: 'p.yaml', line: 7, column: 53, endLine: 7, endColumn: 60 },
      { rule: RULE, file: 'p.yaml', line: 8, column: 17, endLine: 8, endColumn: 24 },
    ]);
    expect(report.diagnostics[0].severity).toBe('info');
    expect(report.diagnostics[0].message).toBe('Từ "vụ" bị lặp lại liền nhau: "nhiệm vụ vụ trọng"');
    expect(report.diagnostics[0].hint).toBe('Xóa một chữ "vụ": "nhiệm vụ trọng"; nếu đúng là từ láy (như "người người", "dần dần"), giữ nguyên');
    const en = await validateJson(dir, ['--lang', 'en']);
    expect(en.report.diagnostics[1].message).toBe('The word "bàn" is repeated: "địa bàn bàn tỉnh"');
  });

  it('stays quiet on every reduplication of the list, and on those of the lexicon', async () => {
    expect(REDUPLICATIONS).toEqual(expect.arrayContaining(['người người', 'nhà nhà', 'ngày ngày', 'từ từ', 'dần dần', 'lần lần', 'đời đời']));
    const aims = REDUPLICATIONS.map((r) => `Để ${r} cùng tham gia.`);
    const dir = makeRepo({ 'p.yaml': plan([...aims, 'Triển khai song song các nhiệm vụ, chỉ tiêu, vân vân.', 'Luôn luôn nêu gương.']) });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('stays quiet on a syllable that ends one word and begins the next', async () => {
    const dir = makeRepo({
      'p.yaml': plan(['Xử lý các hành vi vi phạm quyền trẻ em.', 'Cho học sinh sinh viên.', 'Đề nghị các cơ quan quan tâm.', 'Các tổ chức chức năng.', 'Từng bước, bước đầu.']),
    });
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('reads the printed agency names of a registry', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES.replace('Sở Y tế', 'Sở Y tế tế') });
    const { report } = await validateJson(dir);
    expect(pick(report, RULE)).toEqual([{ rule: RULE, file: 'a.yaml', line: 4, column: 21, endLine: 4, endColumn: 26 }]);
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
