// The content step of kehoach check over an importer (the CLI gives it `kehoach import`'s
// importDocument; test/check/cli.test.ts runs that): the imported YAML is checked by the rules of rules.md with the repository as
// context, and each finding lands on the DOCX paragraph holding the text it is about. The
// importer here returns the example plan's own YAML with a doubled space typed into its title, as an
// import of a document with that mistake would.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument, contentStepOf } from '../../src/pipeline/check.js';
import { ROOT } from '../helpers.js';
import { goodDocx } from './helpers.js';

test('a content finding is reported at the paragraph of its text, after the layout findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  writeFileSync(join(dir, 'ke-hoach.docx'), await goodDocx());
  const yaml = readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')
    .replace('id: son-la-93-kh-ubnd-2023', 'id: son-la-nhap')
    .replace('title: Thực hiện công tác bảo vệ, chăm sóc trẻ em trên', 'title: Thực hiện công tác bảo vệ, chăm sóc trẻ em  trên');
  const imported: string[] = [];
  const step = contentStepOf(async (bytes, options) => {
    imported.push(options.fileName);
    return { yaml };
  });
  const result = await checkDocument({ file: join(dir, 'ke-hoach.docx'), cwd: dir, repo: join(ROOT, 'examples'), lang: 'vi' }, step);
  expect(imported).toEqual([join(dir, 'ke-hoach.docx')]);
  // The plan's own info (validate reports it at the agency's key) lands on that agency's first duty.
  expect(result.diagnostics.map((d) => `${d.rule} ¶${d.paragraph?.number} "${d.paragraph?.excerpt}" ${d.file}`)).toEqual([
    'text/whitespace ¶10 "Thực hiện công tác bảo vệ, chăm…" ke-hoach.docx',
    'assignment/mixed-group ¶106 "- Căn cứ vào chức năng, nhiệm…" ke-hoach.docx',
  ]);
});

test("the Sơn La plan typed in Word (LibreOffice from the seed's text): its own content findings, each at its paragraph", async () => {
  const { importDocument } = await import('../../src/import/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  writeFileSync(join(dir, 'ke-hoach.docx'), readFileSync(join(ROOT, 'test/fixtures/check/typed-libreoffice-son-la.docx')));
  const result = await checkDocument({ file: join(dir, 'ke-hoach.docx'), cwd: dir, repo: join(ROOT, 'examples'), lang: 'vi' }, contentStepOf(importDocument));
  // The layout findings are test/check/documents.test.ts's; here the content ones. An indicator's
  // lead finding names the indicator's own paragraph ("Chỉ tiêu 6: …"), not the next one's.
  expect(result.diagnostics.filter((d) => !d.rule.startsWith('layout/')).map((d) => `${d.rule} ¶${d.paragraph?.number} "${d.paragraph?.excerpt}"`)).toEqual([
    'text/repeated-word ¶25 "- Xây dựng môi trường sống an…"',
    'text/whitespace ¶39 "- Chỉ tiêu 4: Giảm tỷ lệ trẻ em…"',
    'text/whitespace ¶39 "- Chỉ tiêu 4: Giảm tỷ lệ trẻ em…"',
    'text/whitespace ¶41 "- Chỉ tiêu 5: Tỷ lệ trẻ em dưới…"',
    'indicator/multiple-leads ¶43 "- Chỉ tiêu 6: Đảm bảo 100% trẻ…"',
    'indicator/multiple-leads ¶71 "- Chỉ tiêu 17: Tỷ lệ trẻ em từ…"',
    'indicator/multiple-leads ¶73 "- Chỉ tiêu 18: Tỷ lệ trẻ em…"',
    'indicator/multiple-leads ¶75 "- Chỉ tiêu 19: Phấn đấu đạt tỷ…"',
    'indicator/multiple-leads ¶77 "- Chỉ tiêu 20: Đảm bảo ít nhất…"',
    'text/whitespace ¶111 "- Thực hiện thu thập thông tin,…"',
    'assignment/mixed-group ¶197 "- Căn cứ vào chức năng, nhiệm…"',
    'assignment/request-needed ¶207 "- Tăng cường công tác tuyên…"',
    'assignment/empty ¶215 "- Căn cứ Kế hoạch của Ủy ban…"',
    'text/dash-spacing ¶235 "- Phần IV- Tổ chức thực hiện;"',
  ]);
});
