// A plan's header read from its header lines alone (load/header-fields.ts) must be the header of
// the plan read in full — for every document the project has (examples, fixtures, the hostile
// corpus) — or the reader must decline. The one difference allowed is a file whose later lines
// do not parse: its header lines read well here, while read in full it has no header; the engine
// confirms every such header when it reads the plan (test/pipeline/streaming.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeaderFields } from '../../src/load/header-fields.js';
import { loadDocument } from '../../src/repository/load.js';
import { headerOf, recordOf } from '../../src/repository/header.js';
import { ROOT } from '../helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const read = (text: string) => readHeaderFields(Buffer.from(text, 'utf8'));

describe('readHeaderFields', () => {
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];

  it('gives the header of every plan read in full, or declines', () => {
    let agreed = 0;
    for (const path of files) {
      const fields = readHeaderFields(readFileSync(path));
      if (fields?.kind !== 'plan') continue;
      const doc = loadDocument(path, ROOT, true);
      if (!doc || doc.problems.some((p) => p.rule === 'schema/syntax')) continue;
      const full = headerOf(doc);
      const id = typeof fields.id === 'string' ? fields.id : undefined;
      expect({ file: relative(ROOT, path), id: doc.id === undefined ? undefined : id, record: doc.id === undefined ? undefined : recordOf('plan', fields) }).toEqual({
        file: relative(ROOT, path),
        id: full.id,
        record: full.record,
      });
      agreed++;
    }
    // Every plan of the project is read this way (none has a header the reader declines).
    expect(agreed).toBe(files.filter((path) => /^kind: plan$/m.test(readFileSync(path, 'utf8'))).length);
    expect(agreed).toBeGreaterThanOrEqual(10);
  });

  it('reads the header keys wherever they are, with comments, sequences and block scalars between', () => {
    const text = [
      '# kehoach-disable-file text/nfc',
      'kind: plan',
      'tasks:',
      '- id: 1',
      '  title: "x"',
      'title: |',
      '  Kế hoạch',
      '',
      '  thực hiện',
      '# a comment',
      'id: ke-hoach-a   # the id',
      'issuer:',
      '  name: Ủy ban nhân dân tỉnh Sơn La',
      'number: 93/KH-UBND',
      'date: 2023-04-03',
      'doc_type: Kế hoạch',
    ].join('\n');
    expect(read(text)).toEqual({
      kind: 'plan',
      title: 'Kế hoạch\n\nthực hiện\n',
      id: 'ke-hoach-a',
      issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La' },
      number: '93/KH-UBND',
      date: '2023-04-03',
      doc_type: 'Kế hoạch',
    });
    expect(read(text.replace(/\n/g, '\r\n'))).toEqual(read(text));
  });

  it.each([
    ['a document start marker', '---\nkind: plan\nid: a\n'],
    ['a flow mapping', '{kind: plan, id: a}\n'],
    ['a quoted key', '"kind": plan\nid: a\n'],
    ['a key written twice', 'kind: plan\nid: a\nid: b\n'],
    ['a tab at column 0', 'kind: plan\n\tid: a\n'],
    ['a byte-order mark', '\uFEFFkind: plan\nid: a\n'],
    ['an alias in the header', 'kind: plan\nissuer: *x\n'],
    ['a line at column 0 that is no key', 'kind: plan\ntitle: "a\nb"\n'],
    ['header lines js-yaml rejects', 'kind: plan\nid: [a\n'],
    ['a sequence', '- kind: plan\n'],
  ])('declines %s', (_, text) => {
    expect(read(text)).toBeUndefined();
  });
});
