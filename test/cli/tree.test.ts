// `kehoach tree`: the hierarchy, each plan's coverage of its parent, and error/warning counts
// that agree with `validate` for the same file.
import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, runCli, validateJson, type JsonReport } from '../helpers.js';

/** "N lỗi, M cảnh báo" for a file, counted from validate's own JSON report. */
function counts(report: JsonReport, file: string, lang: 'vi' | 'en' = 'vi'): string {
  const of = (severity: string) => report.diagnostics.filter((d) => d.file === file && d.severity === severity).length;
  const [e, w] = [of('error'), of('warning')];
  return lang === 'vi' ? `${e} lỗi, ${w} cảnh báo` : `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}

describe('kehoach tree on examples/', () => {
  it('draws the Phú Yên chain 28-CT/TW → 36-CTr/TU → 40/KH-LĐLĐ and 12-KH/HU, and Công văn 636 → Sơn La → Mộc Châu → Đông Sang', async () => {
    const { report } = await validateJson('examples');
    const r = await runCli(['tree', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      `Chỉ thị 28-CT/TW [chi-thi-28-ct-tw] · ${counts(report, 'directives/chi-thi-28-ct-tw.yaml')}`,
      `└─ Chương trình hành động 36-CTr/TU [ctrhd-36-ctr-tu-phu-yen] · ${counts(report, 'directives/ctrhd-36-ctr-tu-phu-yen.yaml')}`,
      `   ├─ Kế hoạch 40/KH-LĐLĐ [phu-yen-40-kh-ldld-2024] · nhiệm vụ 0/0, miễn 0, thiếu 0 · chỉ tiêu 0/0 · ${counts(report, 'plans/phu-yen-40-kh-ldld-2024.yaml')}`,
      `   └─ Kế hoạch 12-KH/HU [vi-du-huyen-uy-tuy-an-kh-12-2024] · nhiệm vụ 0/0, miễn 0, thiếu 0 · chỉ tiêu 0/0 · ${counts(report, 'plans/vi-du-huyen-uy-tuy-an-kh-12-2024.yaml')}`,
      `Công văn 636/LĐTBXH-TE [cong-van-636-ldtbxh-te] · ${counts(report, 'directives/cong-van-636-ldtbxh-te.yaml')}`,
      `└─ Kế hoạch 93/KH-UBND [son-la-93-kh-ubnd-2023] · nhiệm vụ 0/0, miễn 0, thiếu 0 · chỉ tiêu 0/0 · ${counts(report, 'plans/son-la-93-kh-ubnd-2023.yaml')}`,
      `   └─ Kế hoạch 52/KH-UBND [vi-du-moc-chau-kh-2023] · nhiệm vụ 7/7, miễn 0, thiếu 0 · chỉ tiêu 20/20 · ${counts(report, 'plans/vi-du-moc-chau-kh-2023.yaml')}`,
      `      └─ Kế hoạch 15/KH-UBND [vi-du-xa-dong-sang-kh-2023] · nhiệm vụ 4/4, miễn 0, thiếu 0 · chỉ tiêu 20/20 · ${counts(report, 'plans/vi-du-xa-dong-sang-kh-2023.yaml')}`,
      '',
    ]);
  });
});

const DIRECTIVE = `kind: directive
id: ct-1
doc_type: Chỉ thị
number: 01-CT/TU
date: 2024-01-10
issuer: { name: Ban Thường vụ Tỉnh ủy }
title: Về công tác trẻ em
tasks:
  - { id: "1", title: Lãnh đạo }
  - { id: "2", title: Chính sách }
  - { id: "3", title: Truyền thông }
indicators:
  groups:
    - id: a
      title: Chỉ tiêu
      items:
        - { id: "1", text: Tỷ lệ tiêm chủng đạt 95%. }
        - { id: "2", text: Tỷ lệ khai sinh đúng hạn đạt 90%. }
`;

const PLAN_TINH = `kind: plan
id: kh-tinh
doc_type: Kế hoạch
number: 12/KH-UBND
date: 2024-02-01
issuer: { name: Ủy ban nhân dân tỉnh }
title: Thực hiện Chỉ thị 01
parent: ct-1
indicators:
  groups:
    - id: a
      title: Chỉ tiêu
      items:
        - { id: "1", text: Tỷ lệ tiêm chủng đạt 95%., implements: "1", lead: syt }
tasks:
  items:
    - { id: lanh-dao, title: Lãnh đạo, implements: ["1"] }
  waived:
    "2": Do Hội đồng nhân dân thực hiện.
`;

const PLAN_HUYEN = `kind: plan
id: kh-huyen
issuer: { name: Ủy ban nhân dân huyện }
title: Thực hiện Kế hoạch 12
parent: kh-tinh
tasks:
  items:
    - { id: "1", title: Lãnh đạo, implements: [lanh-dao] }
`;

const PLAN_ORPHAN = `kind: plan
id: kh-xa
issuer: { name: Ủy ban nhân dân xã }
title: Thực hiện kế hoạch huyện
parent: kh-huyen-cu
`;

describe('kehoach tree on a small repository', () => {
  const dir = makeRepo({
    'agencies.yaml': AGENCIES,
    'directives/ct-1.yaml': DIRECTIVE,
    'plans/kh-tinh.yaml': PLAN_TINH,
    'plans/kh-huyen.yaml': PLAN_HUYEN,
    'plans/kh-xa.yaml': PLAN_ORPHAN,
  });

  it('shows covered, waived and missing tasks, covered indicators, a plan under a plan and a missing parent', async () => {
    const { report } = await validateJson(dir);
    const r = await runCli(['tree'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      `Chỉ thị 01-CT/TU [ct-1] · ${counts(report, 'directives/ct-1.yaml')}`,
      `└─ Kế hoạch 12/KH-UBND [kh-tinh] · nhiệm vụ 1/3, miễn 1 (2), thiếu 1 (3) · chỉ tiêu 1/2, thiếu (2) · ${counts(report, 'plans/kh-tinh.yaml')}`,
      `   └─ Kế hoạch (chưa có số) [kh-huyen] · nhiệm vụ 1/1, miễn 0, thiếu 0 · chỉ tiêu 0/1, thiếu (1) · ${counts(report, 'plans/kh-huyen.yaml')}`,
      `Kế hoạch (chưa có số) [kh-xa] · không tìm thấy văn bản cấp trên "kh-huyen-cu" · ${counts(report, 'plans/kh-xa.yaml')}`,
      '',
    ]);
    // The missing task 3 is an error and the missing indicator 2 a warning of the plan itself.
    expect(counts(report, 'plans/kh-tinh.yaml')).not.toBe('0 lỗi, 0 cảnh báo');
  });

  it('speaks English with --lang en', async () => {
    const { report } = await validateJson(dir);
    const r = await runCli(['--lang', 'en', 'tree'], { cwd: dir });
    expect(r.stdout.split('\n')[1]).toBe(
      `└─ Kế hoạch 12/KH-UBND [kh-tinh] · tasks 1/3, waived 1 (2), missing 1 (3) · indicators 1/2, missing (2) · ${counts(report, 'plans/kh-tinh.yaml', 'en')}`,
    );
  });

  it('gives the same tree as JSON', async () => {
    const { report } = await validateJson(dir);
    const n = (file: string) => ({
      errors: report.diagnostics.filter((d) => d.file === file && d.severity === 'error').length,
      warnings: report.diagnostics.filter((d) => d.file === file && d.severity === 'warning').length,
    });
    const r = await runCli(['tree', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      documents: 5,
      roots: [
        {
          id: 'ct-1', kind: 'directive', file: 'directives/ct-1.yaml', label: 'Chỉ thị 01-CT/TU', parent: null, parentMissing: false,
          ...n('directives/ct-1.yaml'), coverage: null,
          children: [
            {
              id: 'kh-tinh', kind: 'plan', file: 'plans/kh-tinh.yaml', label: 'Kế hoạch 12/KH-UBND', parent: 'ct-1', parentMissing: false,
              ...n('plans/kh-tinh.yaml'),
              coverage: {
                tasks: { total: 3, covered: ['1'], waived: ['2'], missing: ['3'] },
                indicators: { total: 2, covered: ['1'], missing: ['2'] },
              },
              children: [
                {
                  id: 'kh-huyen', kind: 'plan', file: 'plans/kh-huyen.yaml', label: 'Kế hoạch (chưa có số)', parent: 'kh-tinh', parentMissing: false,
                  ...n('plans/kh-huyen.yaml'),
                  coverage: { tasks: { total: 1, covered: ['lanh-dao'], waived: [], missing: [] }, indicators: { total: 1, covered: [], missing: ['1'] } },
                  children: [],
                },
              ],
            },
          ],
        },
        {
          id: 'kh-xa', kind: 'plan', file: 'plans/kh-xa.yaml', label: 'Kế hoạch (chưa có số)', parent: 'kh-huyen-cu', parentMissing: true,
          ...n('plans/kh-xa.yaml'), coverage: null, children: [],
        },
      ],
    });
  });

  it('shows documents on a parent loop instead of dropping them', async () => {
    const loop = makeRepo({
      'a.yaml': 'kind: directive\nid: a\ndoc_type: Chỉ thị\nnumber: 1-CT\nissuer: { name: X }\ntitle: A\nparent: b\n',
      'b.yaml': 'kind: directive\nid: b\ndoc_type: Chỉ thị\nnumber: 2-CT\nissuer: { name: X }\ntitle: B\nparent: a\n',
    });
    const { report } = await validateJson(loop);
    const r = await runCli(['tree'], { cwd: loop });
    expect(r.stdout.split('\n')).toEqual([
      `Chỉ thị 1-CT [a] · ${counts(report, 'a.yaml')}`,
      `└─ Chỉ thị 2-CT [b] · ${counts(report, 'b.yaml')}`,
      '',
    ]);
  });
});
