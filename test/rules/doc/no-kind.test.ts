import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../documents.js';
import { expectFindings, lintTexts } from '../../rule-tester.js';

const RULE = 'doc/no-kind';
const PLAN_BODY = 'id: p\ntitle: Kế hoạch thực hiện\nissuer: { name: UBND tỉnh }\n';

// What the CLI prints for such a file (no ✔, counted), its cache, render and matrix: test/cli/no-kind.test.ts.
describe(RULE, () => {
  it('reports a plan whose kind line was deleted: a warning, the file counted', () => {
    const found = expectFindings(
      { 'agencies.yaml': AGENCIES, 'plans/p.yaml': PLAN_BODY },
      { errors: [{ rule: RULE, file: 'plans/p.yaml', at: '1:1-1:6' }] },
    );
    expect(found.linted.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(found[0].message).toBe('Tệp này trông như một văn bản (plan) nhưng không có dòng "kind:", nên kehoach không kiểm tra nó');
    expect(found[0].hint).toBe('Thêm dòng "kind: plan" ở đầu tệp');
    expect(found.linted.documents).toBe(2);
  });

  it('reports "Kind:" at the mistyped key, with the kind it names', () => {
    const found = expectFindings({ 'p.yaml': `Kind: directive\n${PLAN_BODY}` }, { errors: [{ rule: RULE, at: '1:1-1:5' }] });
    expect(found[0].message).toBe('Khóa "Kind" phải viết đúng là "kind" (chữ thường, liền dấu hai chấm); đến khi sửa, kehoach không kiểm tra tệp này');
    expect(found[0].hint).toBe('Sửa thành "kind: directive"');
  });

  it('reports "kind" followed by a non-breaking space (pasted from Word), in English too', () => {
    const found = expectFindings({ 'p.yaml': `id: p\nkind\u00a0: plan\ntitle: T\n` }, { lang: 'en', errors: [{ rule: RULE, at: '2:1-2:6' }] });
    expect(found[0].message).toBe('The key "kind\u00a0" must be written "kind" (lower case, right before the colon); until then kehoach does not check this file');
  });

  it('names the likely kind from the folder and from the keys', () => {
    const found = lintTexts({ 'directives/d.yaml': 'id: d\n', 'registry.yaml': 'id: a\nagencies:\n  syt: { name: Sở Y tế }\n', 'x.yaml': 'id: x\ntitle: T\ntasks:\n  - { id: "1", title: A }\n' });
    expect(found.findings.filter((d) => d.rule === RULE).map((d) => [d.file, d.hint])).toEqual([
      ['directives/d.yaml', 'Thêm dòng "kind: directive" ở đầu tệp'],
      ['registry.yaml', 'Thêm dòng "kind: agencies" ở đầu tệp'],
      ['x.yaml', 'Thêm dòng "kind: directive" ở đầu tệp'],
    ]);
  });

  it('stays quiet on YAML that is not a kehoach document (a CI workflow, a list)', () => {
    const found = expectFindings({ 'agencies.yaml': AGENCIES, 'ci.yml': 'name: CI\non: [push]\njobs: {}\n', 'list.yaml': '- a\n- b\n' });
    expect(found.linted.documents).toBe(1);
  });

  it('a file named on the command line gets schema/missing (an error) instead, never both', () => {
    const found = expectFindings({ 'plans/p.yaml': PLAN_BODY }, { named: ['plans/p.yaml'], errors: [{ rule: 'schema/missing', at: '1:1-1:6' }] });
    expect(found.linted.summary.errors).toBe(1);
  });
});
