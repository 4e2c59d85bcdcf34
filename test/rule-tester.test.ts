// The rule tester itself: it passes only when the findings are exactly those written next to the
// text, and fails when one is missing, one is extra, or one is at another position.
import { describe, expect, it } from 'vitest';
import { DIRECTIVE } from './documents.js';
import { expectFindings, lintTexts, readMarkers } from './rule-tester.js';

/** A plan implementing tasks 1, 2 and 7 of ct-28: "7" (line 10, columns 30-33) does not exist. */
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - id: a
      title: A
      implements: ["1", "2", "7"]
#                            ^^^ ref/parent-task
`;

describe('the rule tester', () => {
  it('takes marker lines out and reads their carets as the columns of the line above', () => {
    const { text, expected } = readMarkers(PLAN);
    expect(text).not.toContain('^');
    expect(text.split('\n')[9]).toBe('      implements: ["1", "2", "7"]');
    expect(expected).toEqual([{ rule: 'ref/parent-task', at: '10:30-10:33' }]);
  });

  it('passes when the findings are those marked, and gives their messages', () => {
    const found = expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': PLAN });
    expect(found.map((f) => f.message)).toEqual(['Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2)']);
    expect(found.linted.documents).toBe(2);
  });

  it('passes with the position written as `at` instead of a marker, short or full', () => {
    const plain = readMarkers(PLAN).text;
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plain }, { errors: [{ rule: 'ref/parent-task', file: 'p.yaml', at: '10:30-10:33' }] });
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plain }, { errors: [{ rule: 'ref/parent-task', file: 'p.yaml', at: '10:30-33' }] });
  });

  it('fails when a marked finding is missing', () => {
    const fixed = PLAN.replace('"7"', '"2"');
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': fixed })).toThrow(/the findings/);
  });

  it('fails when a finding is not marked (extra)', () => {
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': readMarkers(PLAN).text })).toThrow(/the findings/);
    // ... or expected from another rule, or in another file.
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': PLAN.replace('ref/parent-task', 'ref/parent') })).toThrow(/the findings/);
    const plain = readMarkers(PLAN).text;
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plain }, { errors: [{ rule: 'ref/parent-task', file: 'd.yaml', at: '10:30-33' }] })).toThrow(/the findings/);
  });

  it('fails when a finding is at another line or column', () => {
    const plain = readMarkers(PLAN).text;
    for (const at of ['10:29-10:33', '10:30-10:32', '9:30-9:33', '10:30-11:33']) {
      expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plain }, { errors: [{ rule: 'ref/parent-task', file: 'p.yaml', at }] }), at).toThrow(/the findings/);
    }
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': PLAN.replace('#                            ^^^', '#                             ^^^') })).toThrow(/the findings/);
  });

  it('compares only the rules asked for, when asked', () => {
    const unknownAgency = PLAN.replace('      title: A\n', '      title: A\n      lead: sxx\n');
    expect(() => expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': unknownAgency })).toThrow(/the findings/);
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': unknownAgency }, { rules: 'ref/parent-task' });
  });

  it('refuses a position it cannot read, and an expected file that is not given', () => {
    expect(() => expectFindings({ 'p.yaml': 'kind: plan\n' }, { errors: [{ rule: 'schema/missing', at: '1' }] })).toThrow(/not a position/);
    expect(() => expectFindings({ 'p.yaml': 'kind: plan\n' }, { errors: [{ rule: 'schema/missing', file: 'q.yaml', at: '1:1-2' }] })).toThrow(/not given/);
  });

  it('reads documents as `validate .` finds them, or as named ones', () => {
    // Not a kehoach document: dropped when found by walking, reported when named.
    expect(lintTexts({ 'ci.yml': 'name: CI\n' }).documents).toBe(0);
    const named = lintTexts({ 'ci.yml': 'name: CI\n' }, { named: ['ci.yml'] });
    expect(named.findings.map((f) => f.rule)).toEqual(['schema/missing']);
  });
});
