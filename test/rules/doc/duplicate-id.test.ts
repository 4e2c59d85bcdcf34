import { describe, expect, it } from 'vitest';
import { AGENCIES, DIRECTIVE } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'doc/duplicate-id';

/** A plan whose indicators are the given item lines, from line 10. */
const plan = (items: string) => `kind: plan
id: p
title: T
issuer: { name: X }
indicators:
  groups:
    - id: a
      title: Nhóm
      items:
${items}`;

describe(RULE, () => {
  it('reports the second document with an id', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'b/d1.yaml': DIRECTIVE,
      'c/d2.yaml': DIRECTIVE.replace('id: ct-28\n', 'id: ct-28\n#   ^^^^^ doc/duplicate-id\n'),
    });
    expect(found[0].message).toBe('Mã văn bản "ct-28" đã được dùng ở b/d1.yaml');
  });

  it('reports two indicators with the same number in a plan', () => {
    const found = expectFindings({
      'a.yaml': AGENCIES,
      'p.yaml': plan(`        - { id: "1", text: A, lead: syt }
        - { id: "1", text: B, lead: syt }
#               ^^^ doc/duplicate-id
`),
    });
    expect(found[0].message).toContain('đã có ở dòng 10');
  });

  it('reports a sub-task reusing a task id', () => {
    expectFindings({
      'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
tasks:
  items:
    - id: a
      title: A
      items:
        - { id: a, title: B }
#               ^ doc/duplicate-id
`,
    }, { rules: RULE });
  });

  it('stays quiet on distinct ids', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'd.yaml': DIRECTIVE, 'p.yaml': plan('        - { id: "1", text: A, lead: syt }\n        - { id: "2", text: B, lead: syt }\n') });
  });
});
