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
