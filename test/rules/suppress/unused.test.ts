import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'suppress/unused';

/** A plan whose aims are `aims` (the suppression comments sit between them): the aims start on line 7. */
const plan = (aims: string) => `kind: plan
id: p
title: T
issuer: { name: X }
purpose:
  aims:
${aims}`;

describe('inline suppressions and ' + RULE, () => {
  it('hides the finding on the next line; the comment for a rule with no finding there is reported', () => {
    const aims = `    # kehoach-disable-next-line text/whitespace -- đúng như bản gốc đã ký
    - "Hai  cách."
    # kehoach-disable-next-line text/whitespace, text/nfc -- bản gốc
    - "Ba  cách."
    - "Bốn  cách."
#         ^^ text/whitespace
`;
    // The comment on line 9 names text/nfc, which has no finding on line 10: 9:5-69.
    const found = expectFindings(
      { 'p.yaml': plan(aims) },
      { rules: ['text/whitespace', RULE, 'suppress/no-reason'], errors: [{ rule: RULE, at: '9:5-69' }] },
    );
    expect(found.linted.summary.errors).toBe(0);
    expect(found.find((f) => f.rule === RULE)?.message).toBe('Chú thích "kehoach-disable" cho quy tắc text/nfc không che phát hiện nào');
  });

  it('a block runs from disable to enable; a block never closed runs to the end of the file', () => {
    const aims = `    # kehoach-disable text/whitespace -- trích nguyên văn
    - "Một  hai."
    - "Ba  bốn."
    # kehoach-enable text/whitespace
    - "Năm  sáu."
#         ^^ text/whitespace
    # kehoach-disable text/whitespace -- trích nguyên văn
    - "Bảy  tám."
`;
    expectFindings({ 'p.yaml': plan(aims) }, { rules: ['text/whitespace', RULE] });
  });

  it('a suppression whose finding was fixed is reported, in English too', () => {
    const aims = `    # kehoach-disable-next-line text/whitespace -- đã xem
    - "Một cách."
`;
    const found = expectFindings({ 'p.yaml': plan(aims) }, { lang: 'en', errors: [{ rule: RULE, at: '7:5-58' }] });
    expect(found.linted.summary.errors).toBe(0);
    expect(found.map((f) => [f.severity, f.message, f.hint])).toEqual([
      ['warning', 'The "kehoach-disable" comment for text/whitespace suppresses nothing', 'Remove text/whitespace from the comment (or the whole comment line) if the finding was fixed'],
    ]);
  });

  it('can be turned off in the config', () => {
    const aims = `    # kehoach-disable-next-line text/whitespace -- đã xem
    - "Một cách."
`;
    expectFindings({ 'p.yaml': plan(aims) }, { config: { rules: { [RULE]: 'off' } } });
  });

  it('a "# kehoach-disable…" inside a quoted text is not a suppression', () => {
    // Only a comment line of its own is a suppression: the doubled space below is reported.
    const aims = `    - "Ghi chú # kehoach-disable-next-line text/whitespace -- x"
    - "Hai  cách."
#         ^^ text/whitespace
`;
    expectFindings({ 'p.yaml': plan(aims) }, { rules: ['text/whitespace', RULE] });
  });
});
