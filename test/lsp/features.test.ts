// Hover, definition and completion on an indicator's `implements`, a plan-local agency and a
// report's `from`, in process (the stdio test covers the protocol itself).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completion, definition, hover } from '../../src/lsp/features.js';
import { repositoryRootOf, validateOverlay } from '../../src/pipeline/validate-overlay.js';
import { AGENCIES, makeRepo } from '../helpers.js';

// Plan lines (0-based): 10 is indicator 1 (implements "1", led by the plan's own agency),
// 11 is indicator 2 (implements nothing yet); 16 and 17 are a report's `period:` and `from:`.
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - { id: "1", text: Chỉ tiêu một, implements: "1", lead: rieng }
        - { id: "2", text: Chỉ tiêu hai, implements: , lead: syt }
agencies:
  rieng: { name: Ban chỉ đạo riêng của kế hoạch }
reporting:
  - name: Báo cáo năm
    period: annual
    from: [ ]
`;
const DIRECTIVE = `kind: directive
id: ct
doc_type: Chỉ thị
number: 1/CT-UBND
date: 2023-01-05
issuer: { name: Ủy ban nhân dân tỉnh }
title: T
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
        - { id: "1", text: Chỉ tiêu cấp trên một }
        - { id: "2", text: Chỉ tiêu cấp trên hai }
`;

function at(line: number, needle: string, offset = 0, text = PLAN) {
  const character = text.split('\n')[line].indexOf(needle);
  if (character < 0) throw new Error(`"${needle}" is not on line ${line}`);
  return { line, character: character + offset };
}

function analyse() {
  const dir = makeRepo({ 'kehoach.config.yaml': '{}\n', 'agencies.yaml': AGENCIES, 'directives/ct.yaml': DIRECTIVE, 'plans/p.yaml': PLAN });
  const path = join(dir, 'plans/p.yaml');
  const result = validateOverlay(repositoryRootOf(path, 'vi'), [path], 'vi', { texts: new Map([[path, PLAN]]) });
  const doc = result.repo.documents.find((d) => d.file === 'plans/p.yaml');
  return { dir, result, doc, text: TextDocument.create(pathToFileURL(path).href, 'yaml', 1, PLAN) };
}

describe('lsp features on indicators and plan-local agencies', () => {
  it('the plan parses with the half-written `implements:` (null) and `from: [ ]`', () => {
    expect(PLAN.split('\n')[10]).toContain('implements: "1"');
    expect(PLAN.split('\n')[17]).toBe('    from: [ ]');
  });

  it('hover and definition on an indicator implements: the parent indicator', () => {
    const { dir, result, doc } = analyse();
    expect(hover(result, doc, at(10, '"1", lead', 1), 'vi')?.contents).toEqual({ kind: 'markdown', value: '**Chỉ tiêu 1** của Chỉ thị 1/CT-UBND\n\nChỉ tiêu cấp trên một' });
    expect(hover(result, doc, at(10, '"1", lead', 1), 'en')?.contents).toEqual({ kind: 'markdown', value: '**Indicator 1** of Chỉ thị 1/CT-UBND\n\nChỉ tiêu cấp trên một' });
    const target = definition(result, doc, at(10, '"1", lead', 1));
    expect(target).toEqual({ uri: pathToFileURL(join(dir, 'directives/ct.yaml')).href, range: { start: at(12, '"1"', 0, DIRECTIVE), end: at(12, '"1"', 3, DIRECTIVE) } });
  });

  it('a plan-local agency: hover names it and what it leads, definition is the plan\'s own entry', () => {
    const { dir, result, doc } = analyse();
    const value = (hover(result, doc, at(10, 'rieng'), 'vi')?.contents as { value: string }).value;
    expect(value.split('\n\n')).toEqual([
      '**Ban chỉ đạo riêng của kế hoạch** — `rieng`',
      'Chủ trì chỉ tiêu: 1',
      'Dòng sẽ in ở phần Tổ chức thực hiện:',
      '> - Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện chỉ tiêu 1 của Kế hoạch.',
    ]);
    expect(definition(result, doc, at(10, 'rieng'))).toEqual({
      uri: pathToFileURL(join(dir, 'plans/p.yaml')).href,
      range: { start: at(13, 'rieng'), end: at(13, 'rieng', 5) },
    });
  });

  it('completion: the parent indicators not yet broken down, agency keys with "all" for a report\'s from', () => {
    const { result, doc, text } = analyse();
    const indicators = completion(result, doc, text, at(11, 'implements: ', 12), 'vi');
    expect(indicators.map((i) => [i.label, i.documentation])).toEqual([['2', 'Chỉ tiêu cấp trên hai']]);
    const from = completion(result, doc, text, at(17, '[ ', 2), 'vi').map((i) => i.label);
    expect(from).toEqual(['rieng', 'syt', 'sgddt', 'sldtbxh', 'mttq', 'all']);
    expect(completion(result, doc, text, { line: 16, character: 12 }, 'vi').map((i) => i.label)).toEqual(['once', 'monthly', 'quarterly', 'semiannual', 'annual', 'ad_hoc', 'periodic']);
  });
});
