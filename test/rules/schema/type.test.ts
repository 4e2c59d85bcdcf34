import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../rule-tester.js';

const RULE = 'schema/type';

/** A plan with `rest` from line 5. */
const plan = (rest: string) => `kind: plan
id: p
title: T
issuer: { name: X }
${rest}`;

describe(RULE, () => {
  it('rejects a date that does not exist', () => {
    const found = expectFindings({ 'p.yaml': plan('date: 2023-02-30\n#     ^^^^^^^^^^ schema/type\n') }, { rules: RULE });
    expect(found[0].message).toContain('"2023-02-30" không phải một ngày có thật');
  });

  it('says how to write a date typed the Vietnamese way', () => {
    const found = expectFindings({ 'p.yaml': plan('date: 03/04/2023\n#     ^^^^^^^^^^ schema/type\n') }, { rules: RULE });
    expect(found[0].hint).toBe('Viết ngày theo dạng năm-tháng-ngày: 2023-04-03');
  });

  it('names what was written instead, in Vietnamese', () => {
    const found = expectFindings({ 'p.yaml': plan('indicators:\n  - id: "1"\n# ^^^^^^^^^ schema/type\n') });
    expect(found.map((d) => d.message)).toEqual(['"indicators" phải là một bảng khóa: giá trị, không phải một danh sách']);
  });

  it('rejects an unknown enum value with a did-you-mean', () => {
    const found = expectFindings({ 'p.yaml': plan('format: stat\n#       ^^^^ schema/type\n') }, { rules: RULE });
    expect(found[0].hint).toBe('Có phải ý bạn là "state"?');
  });

  it('rejects a list where a mapping belongs', () => {
    const found = expectFindings({ 'p.yaml': plan('signing:\n  - KT\n# ^^^^ schema/type\n') }, { rules: RULE });
    expect(found[0].message).toContain('phải là một bảng khóa');
  });

  it('rejects a whole document that is a list', () => {
    expectFindings({ 'p.yaml': '- kind: plan\n' }, { named: ['p.yaml'], rules: RULE, errors: [{ rule: RULE, at: '1:1-1:13' }] });
  });

  it('accepts a bare year as a plan date and unquoted task ids', () => {
    expectFindings({ 'p.yaml': plan('date: 2024\ntasks:\n  items:\n    - { id: 1, title: A }\n') });
  });
});
