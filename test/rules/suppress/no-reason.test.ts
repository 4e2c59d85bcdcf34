import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'suppress/no-reason';

describe(RULE, () => {
  it('warns on a suppression without "-- reason"; the suppression still applies', () => {
    // The comment lines themselves are the findings: 7:5-48 and 9:5-51.
    const found = expectFindings(
      {
        'p.yaml': `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
    # kehoach-disable-next-line text/whitespace
    - "Hai  cách."
    # kehoach-disable-next-line text/whitespace --
    - "Ba  cách."
`,
      },
      {
        rules: ['text/whitespace', RULE, 'suppress/unused'],
        errors: [
          { rule: RULE, at: '7:5-48' },
          { rule: RULE, at: '9:5-51' },
        ],
      },
    );
    expect(found.linted.summary.errors).toBe(0);
    expect(found[0].message).toBe('Chú thích tắt quy tắc text/whitespace không ghi lý do');
    expect(found[0].severity).toBe('warning');
  });
});
