// `kehoach check` as a user runs it: exit codes, the paragraph position in stylish, json and
// SARIF (a region with charOffset and the paragraph as a logical location), usage errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeRepo, ROOT, runCli } from '../helpers.js';

const PCMT = readFileSync(join(ROOT, 'test/fixtures/check/ld-kh-pcmt-2030.docx'));

describe('kehoach check', () => {
  const dir = makeRepo({ 'kh.docx': PCMT, 'cu.doc': 'x', 'hong.docx': 'not a zip' });

  test('stylish: the paragraph and its first words; exit 1 on an error', async () => {
    const run = await runCli(['check', 'kh.docx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('¶1 "ỦY BAN NHÂN DÂN"');
    expect(run.stdout).toContain('Lề dưới 17,5 mm, ngoài khoảng 20–25 mm của Nghị định 30.  layout/margins');
  });

  test('json carries the paragraph; sarif a charOffset region and a logical location', async () => {
    const json = JSON.parse((await runCli(['check', 'kh.docx', '-f', 'json'], { cwd: dir })).stdout) as { diagnostics: { rule: string; paragraph: { number: number; excerpt: string } }[] };
    expect(json.diagnostics.map((d) => [d.rule, d.paragraph.number])).toEqual([['layout/margins', 1], ['layout/noi-nhan', 153]]);
    const sarif = JSON.parse((await runCli(['check', 'kh.docx', '-f', 'sarif'], { cwd: dir })).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { charOffset: number; charLength: number } }; logicalLocations: { name: string }[] }[] }[] }[];
    };
    const first = sarif.runs[0].results[0];
    expect(first.ruleId).toBe('layout/margins');
    expect(first.locations[0].physicalLocation.region).toEqual({ charOffset: 0, charLength: 'ỦY BAN NHÂN DÂN'.length });
    expect(first.locations[0].logicalLocations[0].name).toBe('¶1');
  });

  test('warnings only: exit 0', async () => {
    const run = await runCli(['check', 'kh.docx', '--format', 'json'], { cwd: makeRepo({ 'kehoach.config.yaml': 'rules:\n  layout/margins: warning\n', 'kh.docx': PCMT }) });
    expect(run.code).toBe(0);
  });

  test('a .doc, a file that is not a DOCX, a missing file: exit 2 with a message', async () => {
    for (const [file, message] of [
      ['cu.doc', 'lưu lại dưới dạng .docx'],
      ['hong.docx', 'không phải là văn bản Word (.docx) đọc được'],
      ['khong-co.docx', 'Không tìm thấy tệp: khong-co.docx'],
    ]) {
      const run = await runCli(['check', file], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('    at ');
    }
  });

  test('--layout party holds a state document to the Party figures', async () => {
    const run = await runCli(['check', 'kh.docx', '--layout', 'party', '-f', 'json'], { cwd: dir });
    const rules = (JSON.parse(run.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('layout/quoc-hieu');
  });
});
