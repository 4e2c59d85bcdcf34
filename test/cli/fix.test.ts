// validate --fix / --fix-dry-run (spec/editor.md): on a copy of the examples with injected NFD
// text, doubled spaces, an invisible character, a wrong citation date and a misspelled agency key,
// --fix restores every file byte for byte (comments, quoting and layout outside the ranges are
// untouched), then reports what is left; the dry run prints the diff and changes nothing.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, ROOT, runCli } from '../helpers.js';

const PLAN = 'plans/son-la-93-kh-ubnd-2023.yaml';

/** Each injection: the original text and what it becomes. */
const INJECTIONS: [string, string][] = [
  // NFD in a plain scalar (the title).
  ['title: Thực hiện công tác bảo vệ', `title: ${'Thực hiện công tác'.normalize('NFD')} bảo vệ`],
  // A doubled space in the same plain title.
  ['bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023\n', 'bảo vệ,  chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023\n'],
  // A wrong citation date, and an invisible character, in a double-quoted scalar.
  ['intro: "Thực hiện Công văn số 636/LĐTBXH-TE ngày 28/02/2023', 'intro: "Thực hiện Công văn số 636/LĐTBXH-TE ngày 18/02/2023'],
  ['Ủy ban nhân dân tỉnh Sơn La ban hành', 'Ủy ban nhân dân tỉnh Sơn\u200b La ban hành'],
  // A misspelled agency key (only "sldtbxh" is near).
  ['          lead: sldtbxh\n          support: []\n        - id: "2"', '          lead: sldtbhx\n          support: []\n        - id: "2"'],
];

function injectedCopy(): { dir: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-fix-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  const original = readFileSync(join(dir, PLAN), 'utf8');
  let text = original;
  for (const [from, to] of INJECTIONS) {
    expect(text.split(from).length, from).toBe(2);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, PLAN), text);
  return { dir, original };
}

const snapshotOf = (dir: string) => {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(rel);
      else files[rel] = readFileSync(join(dir, rel), 'utf8');
    }
  };
  walk('');
  return files;
};

describe('validate --fix', () => {
  it('fixes every injected finding; every file is then byte for byte the original', async () => {
    const { dir, original } = injectedCopy();
    const before = await runCli(['validate', '--format', 'json', '.'], { cwd: dir });
    const rules = (JSON.parse(before.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((d) => d.file === PLAN).map((d) => d.rule);
    expect(rules.sort()).toEqual(['assignment/mixed-group', 'citation/date', 'ref/agency', 'text/invisible', 'text/nfc', 'text/whitespace']);

    const fixed = await runCli(['validate', '--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(original);
    const untouched = snapshotOf(join(ROOT, 'examples'));
    expect(snapshotOf(dir)).toEqual(untouched);
    expect(fixed.stderr).toBe(`kehoach: đã sửa 5 lỗi trong 1 tệp: ${PLAN}. Còn lại:\n`);
    // What is left is what the examples always had.
    const clean = await runCli(['validate', '.'], { cwd: join(ROOT, 'examples') });
    expect([fixed.code, fixed.stdout]).toEqual([0, clean.stdout]);
  });

  it('--fix-dry-run prints a unified diff of the same changes and writes nothing', async () => {
    const { dir } = injectedCopy();
    const injected = readFileSync(join(dir, PLAN), 'utf8');
    const r = await runCli(['validate', '--fix-dry-run', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(injected);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([`--- a/${PLAN}`, `+++ b/${PLAN}`]);
    // The changed lines, removed then added: the title (NFD, doubled space), the intro (date,
    // invisible character), the lead key; each added line is the original's.
    const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));
    const original = readFileSync(join(ROOT, 'examples', PLAN), 'utf8');
    expect(lines.filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      `-${lineOf(injected, 'title: ')}`,
      `+${lineOf(original, 'title: ')}`,
      `-${lineOf(injected, 'intro: ')}`,
      `+${lineOf(original, 'intro: ')}`,
      '-          lead: sldtbhx',
      '+          lead: sldtbxh',
    ]);
  });

  it('keeps comments, quoting and other bytes; skips what is not written literally (an escape)', async () => {
    const text = [
      'kind: plan # kế hoạch',
      'id: p',
      "title: 'Kế  hoạch' # giữ chú thích",
      'issuer: { name: X }',
      'purpose:',
      '  aims:',
      '    - "Hai\\u0020 cách."   # escape: not fixed',
      '    - "Ba  cách."',
      '',
    ].join('\r\n');
    const dir = makeRepo({ 'p.yaml': '\uFEFF' + text });
    const r = await runCli(['validate', '--fix', '--format', 'json', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe('\uFEFF' + text.replace("'Kế  hoạch'", "'Kế hoạch'").replace('"Ba  cách."', '"Ba cách."'));
    const left = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; column: number }[] }).diagnostics;
    expect(left.map((d) => [d.rule, d.line, d.column])).toEqual([['text/whitespace', 7, 11]]);
    expect(r.code).toBe(0);
  });

  it('fixes a citation\'s issuer and type from the record and an agency name written for its key; not a key with two near keys, nor a folded line', async () => {
    const directive = 'kind: directive\nid: ct-28\ndoc_type: Chỉ thị\nnumber: 28-CT/TW\ndate: 2023-12-25\nissuer: { name: Bộ Chính trị }\ntitle: Về trẻ em\ntasks:\n  - { id: "1", title: Một }\n';
    const agencies = 'kind: agencies\nid: agencies\nagencies:\n  syt: { name: Sở Y tế }\n  sgd1: { name: Sở Giáo dục 1 }\n  sgd2: { name: Sở Giáo dục 2 }\n';
    const plan = (basis: string, leads: string[], aim: string) =>
      [
        'kind: plan',
        'id: p',
        'title: T',
        'issuer: { name: X }',
        'basis:',
        `  - text: "${basis}"`,
        'purpose:',
        '  aims:',
        aim,
        'tasks:',
        '  items:',
        ...leads.map((lead, i) => `    - { id: "${i + 1}", title: Việc, lead: ${lead} } # giao việc`),
        '',
      ].join('\n');
    const folded = '    - Dòng một,  còn\n      dòng hai.';
    const dir = makeRepo({
      'd.yaml': directive,
      'a.yaml': agencies,
      'p.yaml': plan('Nghị quyết số 28-CT/TW ngày 25/12/2023 của Ban Bí thư về trẻ em', ['Sở Y tế', 'sgd'], folded),
    });
    const r = await runCli(['validate', '--fix', '--format', 'json', '--lang', 'en', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(plan('Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về trẻ em', ['syt', 'sgd'], folded));
    expect(r.stderr).toBe('kehoach: 3 fix(es) applied in 1 file(s): p.yaml. What is left:\n');
    const left = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number }[] }).diagnostics.map((d) => `${d.rule}@${d.line}`);
    expect(left).toEqual(['text/whitespace@9', 'ref/agency@14']);
  });

  it('a nothing-to-fix dry run says so; --fix with --fix-dry-run is refused', async () => {
    const dir = makeRepo({ 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\n' });
    expect(await runCli(['validate', '--fix-dry-run', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: 'kehoach: không có gì để sửa.\n' });
    const both = await runCli(['validate', '--fix', '--fix-dry-run', '.'], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([2, 'kehoach: Không dùng --fix cùng với --fix-dry-run\n']);
  });
});
