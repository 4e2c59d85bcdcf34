import { describe, expect, it } from 'vitest';
import { DIRECTIVE } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

describe('ref/parent', () => {
  it('reports a parent id that is nowhere, with did-you-mean', () => {
    const plan = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-82
#       ^^^^^ ref/parent
`;
    const found = expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan });
    expect(found.linted.summary.errors).toBe(1);
    expect(found[0].hint).toBe('Có phải ý bạn là "ct-28"?');
  });

  it('suggests adding a record when nothing is close', () => {
    const plan = `kind: plan
id: p
title: T
issuer: { name: X }
parent: nghi-quyet-99
#       ^^^^^^^^^^^^^ ref/parent
`;
    const found = expectFindings({ 'p.yaml': plan });
    expect(found[0].hint).toContain('kind: directive');
  });

  it('stays quiet when the parent exists', () => {
    const plan = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items: []
  waived: { "1": Không áp dụng, "2": Không áp dụng }
`;
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan });
  });
});
