// Plans that are parents of plans (issue 6, format.md "A plan can itself be the parent"): the
// Phú Yên chain 28-CT/TW → 36-CTr/TU → 40/KH-LĐLĐ (and the Party example beside the union plan),
// and the example chain Sơn La → huyện Mộc Châu → xã Đông Sang. Test copies are the example
// files, read into memory and edited as text, so the examples themselves stay as shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../documents.js';
import { expectFindings, lintTexts, readFolder, type Linted } from '../rule-tester.js';

const RULE = 'parent/deadline-after-parent';

const example = (path: string) => readFileSync(join(ROOT, 'examples', path), 'utf8');

/** `text` with `from` replaced by `to`, insisting that `from` occurs exactly once. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" must occur once`).toBe(1);
  return text.replace(from, to);
}

const errorsOf = (linted: Linted, file: string) => linted.findings.filter((d) => d.file === file && d.severity === 'error');

// The programme's reporting is not on record (examples/directives/ctrhd-36-ctr-tu-phu-yen.yaml);
// the test copy gives it a year-end report to the Ban Thường vụ Tỉnh ủy, due 30/11.
const PROGRAMME_REPORT = `reporting:
  - name: Báo cáo năm
    period: annual
    due: "11-30"
    from: [all]
    to: btv-tinh-uy
`;

const UNION_PLAN = 'plans/phu-yen-40-kh-ldld-2024.yaml';
const PARTY_PLAN = 'plans/vi-du-huyen-uy-tuy-an-kh-12-2024.yaml';

/**
 * The Phú Yên chain, with the union's "Báo cáo định kỳ" (period not stated in the example, line
 * 109) made a yearly report with a `due`: then it feeds the programme's "Báo cáo năm".
 */
function phuYen(unionDue: string): Record<string, string> {
  return {
    'agencies/phu-yen.yaml': example('agencies/phu-yen.yaml'),
    'directives/chi-thi-28-ct-tw.yaml': example('directives/chi-thi-28-ct-tw.yaml'),
    'directives/ctrhd-36-ctr-tu-phu-yen.yaml': example('directives/ctrhd-36-ctr-tu-phu-yen.yaml') + PROGRAMME_REPORT,
    [UNION_PLAN]: edit(example(UNION_PLAN), '  - name: Báo cáo định kỳ\n    period: periodic\n', `  - name: Báo cáo định kỳ\n    period: annual\n    due: "${unionDue}"\n`),
    [PARTY_PLAN]: example(PARTY_PLAN),
  };
}

describe('the Phú Yên chain 28-CT/TW → 36-CTr/TU → 40/KH-LĐLĐ', () => {
  it('validates with zero errors as shipped', () => {
    const linted = lintTexts(readFolder(join(ROOT, 'examples')));
    expect(linted.summary.errors).toBe(0);
    for (const file of ['directives/chi-thi-28-ct-tw.yaml', 'directives/ctrhd-36-ctr-tu-phu-yen.yaml', UNION_PLAN, PARTY_PLAN]) {
      expect(errorsOf(linted, file), file).toEqual([]);
    }
  });

  it('reports the union report due 05/12, after the programme\'s 30/11, at the union plan\'s due', () => {
    // Line 110 of the union plan: its `due: "12-05"`.
    const found = expectFindings(phuYen('12-05'), { rules: RULE, errors: [{ rule: RULE, file: UNION_PLAN, at: '110:10-110:17' }] });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe(
      'Hạn "Báo cáo định kỳ" (5/12) muộn hơn hạn "Báo cáo năm" của Chương trình hành động 36-CTr/TU (30/11), báo cáo cùng kỳ mà báo cáo này phục vụ',
    );
  });

  it('is satisfied by a union report due 20/11, and by the Party example\'s 15/11', () => {
    const found = expectFindings(phuYen('11-20'), { rules: RULE });
    expect(found.linted.summary.errors).toBe(0);
    expect(errorsOf(found.linted, PARTY_PLAN)).toEqual([]);
  });
});

const COMMUNE = 'plans/vi-du-xa-dong-sang-kh-2023.yaml';
const DISTRICT = 'plans/vi-du-moc-chau-kh-2023.yaml';

/** The Sơn La chain with the commune's half-year report (example line 163) due `due`. */
function sonLa(due: string): Record<string, string> {
  return {
    'agencies/son-la.yaml': example('agencies/son-la.yaml'),
    'agencies/moc-chau.yaml': example('agencies/moc-chau.yaml'),
    'directives/cong-van-636-ldtbxh-te.yaml': example('directives/cong-van-636-ldtbxh-te.yaml'),
    'plans/son-la-93-kh-ubnd-2023.yaml': example('plans/son-la-93-kh-ubnd-2023.yaml'),
    [DISTRICT]: example(DISTRICT),
    [COMMUNE]: edit(example(COMMUNE), '    due: "04-30"\n', `    due: "${due}"\n`),
  };
}

describe('the example chain Sơn La → huyện Mộc Châu → xã Đông Sang', () => {
  it('reports the commune\'s half-year report moved to 08/5, after the district\'s 05/5 (though before the province\'s 10/5)', () => {
    // Line 163 of the commune plan: its `due: "05-08"`.
    const found = expectFindings(sonLa('05-08'), { rules: RULE, errors: [{ rule: RULE, file: COMMUNE, at: '163:10-163:17' }] });
    expect(found.linted.summary.errors).toBeGreaterThan(0);
    expect(found[0].message).toBe(
      'Hạn "Báo cáo 6 tháng" (8/5) muộn hơn hạn "Báo cáo 6 tháng" của Kế hoạch 52/KH-UBND (5/5), báo cáo cùng kỳ mà báo cáo này phục vụ',
    );
  });

  it('is clean again when the date is moved back to 30/4', () => {
    const linted = lintTexts(sonLa('04-30'));
    expect(linted.summary.errors).toBe(0);
    expect(linted.findings.filter((d) => d.file === COMMUNE || d.file === DISTRICT)).toEqual([]);
  });

  it('reports a commune target weaker than the district\'s, and a district task left out', () => {
    const files = {
      'agencies/son-la.yaml': example('agencies/son-la.yaml'),
      'agencies/moc-chau.yaml': example('agencies/moc-chau.yaml'),
      'directives/cong-van-636-ldtbxh-te.yaml': example('directives/cong-van-636-ldtbxh-te.yaml'),
      'plans/son-la-93-kh-ubnd-2023.yaml': example('plans/son-la-93-kh-ubnd-2023.yaml'),
      [DISTRICT]: example(DISTRICT),
      [COMMUNE]: edit(
        edit(example(COMMUNE), 'được tiêm chủng đầy đủ các loại vắc xin đạt 97%."\n          targets: [{ measure: tiem-chung-day-du, value: 97,', 'được tiêm chủng đầy đủ các loại vắc xin đạt 94%."\n          targets: [{ measure: tiem-chung-day-du, value: 94,'),
        '      implements: [kiem-tra]\n',
        '      implements: []\n',
      ),
    };
    const found = lintTexts(files).findings.filter((d) => d.rule === 'parent/target-weaker' || d.rule === 'parent/task-not-covered');
    expect(found.map((d) => [d.rule, d.file])).toEqual([
      // In file order: task-not-covered is reported at `parent:`, target-weaker at the target.
      ['parent/task-not-covered', COMMUNE],
      ['parent/target-weaker', COMMUNE],
    ]);
  });
});
