import { describe, expect, it } from 'vitest';
import { expectFindings, withoutMarkers } from '../../rule-tester.js';

const doc = (id: string, parent: string) => `kind: plan
id: ${id}
title: T
issuer: { name: X }
parent: ${parent}
#       ^ ref/cycle
`;

describe('ref/cycle', () => {
  it('reports a parent chain that loops, on every document in the loop', () => {
    const found = expectFindings({ 'a.yaml': doc('a', 'b'), 'b.yaml': doc('b', 'c'), 'c.yaml': doc('c', 'a') });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found.find((d) => d.file === 'a.yaml')!.message).toContain('a → b → c → a');
  });

  it('stays quiet on a chain that ends', () => {
    const end = 'kind: plan\nid: c\ntitle: T\nissuer: { name: X }\n';
    expectFindings({ 'a.yaml': withoutMarkers(doc('a', 'b')), 'b.yaml': withoutMarkers(doc('b', 'c')), 'c.yaml': end });
  });
});
