// The "suppress this finding" code action: the comment lands where the suppression syntax of
// spec/editor.md reads it, without cutting a multi-line text in two.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, toLspDiagnostic } from '../../src/lsp/features.js';
import { repositoryRootOf, validateOverlay } from '../../src/pipeline/validate-overlay.js';
import { AGENCIES, DIRECTIVE, makeRepo } from '../helpers.js';

const plan = (aims: string) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
purpose:
  aims:
${aims}tasks:
  items:
    - { id: a, title: A, implements: ["1", "2"], lead: syt }
`;

/** The text after the suppress action of the plan's text/whitespace finding. */
function suppressed(text: string): string {
  const dir = makeRepo({ 'kehoach.config.yaml': '{}\n', 'agencies.yaml': AGENCIES, 'directives/ct.yaml': DIRECTIVE });
  const path = join(dir, 'plans/p.yaml');
  const result = validateOverlay(repositoryRootOf(path, 'vi'), [path], 'vi', { texts: new Map([[path, text]]) });
  const finding = result.diagnostics.find((d) => d.rule === 'text/whitespace');
  expect(finding).toBeDefined();
  const doc = result.repo.documents.find((d) => d.file === 'plans/p.yaml');
  const buffer = TextDocument.create('file:///p.yaml', 'yaml', 1, text);
  const actions = codeActions(doc, buffer, [toLspDiagnostic(finding!)], 'vi');
  const suppress = actions.find((a) => a.title.startsWith('Bỏ qua phát hiện này (text/whitespace)'))!;
  return TextDocument.applyEdits(buffer, suppress.edit!.changes!['file:///p.yaml']);
}

describe('suppress this finding', () => {
  it('puts the next-line comment above the line of a one-line text, indented as it', () => {
    expect(suppressed(plan('    - "Hai  khoảng trắng."\n'))).toBe(
      plan('    # kehoach-disable-next-line text/whitespace -- \n    - "Hai  khoảng trắng."\n'),
    );
  });

  it('wraps a multi-line text whose later line has the finding in a disable … enable block', () => {
    const aims = '    - Câu đầu tiên của mục đích,\n      tiếp  theo ở dòng hai.\n    - Câu khác.\n';
    expect(suppressed(plan(aims))).toBe(
      plan(
        '    # kehoach-disable text/whitespace -- \n' +
          '    - Câu đầu tiên của mục đích,\n      tiếp  theo ở dòng hai.\n' +
          '    # kehoach-enable text/whitespace\n' +
          '    - Câu khác.\n',
      ),
    );
  });
});
