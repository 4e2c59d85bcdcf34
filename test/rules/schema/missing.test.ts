import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'schema/missing';

describe(RULE, () => {
  it('reports a missing required key at the mapping that should hold it', () => {
    const found = expectFindings(
      { 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer:\n  short: UBND\n' },
      { rules: RULE, errors: [{ rule: RULE, at: '4:1-4:7' }] },
    );
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe('Thiếu khóa bắt buộc "name"');
  });

  it('reports an empty required text', () => {
    expectFindings({
      'p.yaml': `kind: plan
id: p
title: ""
#      ^^ schema/missing
issuer: { name: X }
`,
    }, { rules: RULE });
  });

  it('reports a missing kind on a file named on the command line', () => {
    const found = expectFindings({ 'p.yaml': 'id: p\ntitle: T\n' }, { named: ['p.yaml'], rules: RULE, errors: [{ rule: RULE, at: '1:1-1:6' }] });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
  });

  it('stays quiet when every required key is there', () => {
    expectFindings({ 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\n' }, { rules: RULE });
  });
});
