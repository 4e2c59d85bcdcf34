// Every replacement hint becomes an edit that removes its finding: the edit is applied to the
// text, the repository validated again (in memory, as the editor's buffer), the finding gone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/load/source.js';
import { repositoryRootOf, validateOverlay } from '../../src/pipeline/validate-overlay.js';
import { replacementsFor } from '../../src/lsp/quick-fix.js';
import { AGENCIES, DIRECTIVE, makeRepo } from '../helpers.js';

const planWithIntro = (intro: string, lead = 'syt') => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
intro: "${intro}"
tasks:
  items:
    - { id: a, title: A, implements: ["1", "2"], lead: ${lead} }
`;

function offsetOf(text: string, at: Range['start']): number {
  const lines = text.split('\n');
  return lines.slice(0, at.line - 1).reduce((n, l) => n + l.length + 1, 0) + at.column - 1;
}

function apply(text: string, range: Range, newText: string): string {
  return text.slice(0, offsetOf(text, range.start)) + newText + text.slice(offsetOf(text, range.end));
}

/** The plan's findings of `rule`, with the plan's text as unsaved buffer. */
function findings(dir: string, text: string, rule: string): Diagnostic[] {
  const path = join(dir, 'plans/p.yaml');
  const result = validateOverlay(repositoryRootOf(path, 'vi'), [path], 'vi', { texts: new Map([[path, text]]) });
  return result.diagnostics.filter((d) => d.file === 'plans/p.yaml' && d.rule === rule);
}

describe('quick fixes from hints', () => {
  const dir = makeRepo({ 'kehoach.config.yaml': '{}\n', 'agencies.yaml': AGENCIES, 'directives/ct.yaml': DIRECTIVE, 'plans/p.yaml': planWithIntro('x') });

  const cases: [string, string, string, string][] = [
    // rule, plan text, expected replacement, expected text after the fix
    ['ref/agency', planWithIntro('Một câu.', 'sty'), 'syt', planWithIntro('Một câu.', 'syt')],
    ['text/nfc', planWithIntro(`K${'ế'.normalize('NFD')} hoạch.`), 'ế', planWithIntro('Kế hoạch.')],
    ['text/whitespace', planWithIntro('Hai  khoảng trắng.'), ' ', planWithIntro('Hai khoảng trắng.')],
    ['text/invisible', planWithIntro('Ký\u200btự ẩn.'), '', planWithIntro('Kýtự ẩn.')],
    ['citation/date', planWithIntro('Thực hiện Chỉ thị số 28-CT/TW ngày 20/12/2023 của Bộ Chính trị.'), '25/12/2023', planWithIntro('Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.')],
    ['citation/issuer', planWithIntro('Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư.'), 'Bộ Chính trị', planWithIntro('Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị.')],
    ['doc/no-kind', planWithIntro('Một câu.').replace('kind: plan', 'Kind: plan'), 'kind', planWithIntro('Một câu.')],
    ['doc/no-kind', planWithIntro('Một câu.').replace('kind: plan\n', ''), 'kind: plan\n', planWithIntro('Một câu.')],
  ];

  for (const [rule, text, newText, fixed] of cases) {
    it(`${rule} → ${JSON.stringify(newText)}: the hint's replacement removes the finding`, () => {
      const [finding] = findings(dir, text, rule);
      expect(finding, rule).toBeDefined();
      const source = new SourceText('p', text);
      const written = text.slice(offsetOf(text, finding.range.start), offsetOf(text, finding.range.end));
      expect(source.position(offsetOf(text, finding.range.start))).toEqual(finding.range.start);
      const [fix] = replacementsFor(finding, written);
      expect(fix.newText).toBe(newText);
      const after = apply(text, fix.range, fix.newText);
      expect(after).toBe(fixed);
      expect(findings(dir, after, rule)).toEqual([]);
    });
  }

  it('text/dash-spacing offers both readings: a spaced dash and a joined hyphen', () => {
    const text = planWithIntro('Giai đoạn 2021- 2025.');
    const [finding] = findings(dir, text, 'text/dash-spacing');
    const written = text.slice(offsetOf(text, finding.range.start), offsetOf(text, finding.range.end));
    const fixes = replacementsFor(finding, written);
    expect(fixes.map((f) => [f.title, apply(text, f.range, f.newText)])).toEqual([
      ['"2021 - 2025"', planWithIntro('Giai đoạn 2021 - 2025.')],
      ['"2021-2025"', planWithIntro('Giai đoạn 2021-2025.')],
    ]);
  });

  it('a hint that names no replacement gives no quick fix', () => {
    const [finding] = findings(dir, planWithIntro('Một câu.', 'khong-co'), 'ref/agency');
    expect(finding.hint).toContain('khong-co');
    expect(replacementsFor(finding, 'khong-co')).toEqual([]);
  });
});
