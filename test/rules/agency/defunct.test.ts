import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DefunctNames } from '../../../src/rules/_lib/defunct.js';
import { DEFUNCT_LIST_FILE, shippedDefunctList } from '../../../src/repository/defunct-list.js';
import { AGENCIES, ROOT } from '../../documents.js';
import { expectFindings, lintTexts, readFolder, withoutMarkers } from '../../rule-tester.js';

const RULE = 'agency/defunct';
const LDTBXH = 'Sở Lao động - Thương binh và Xã hội';

/**
 * Sở LĐTBXH by key (as a task's lead, line 10, and in the assignments, line 12) and by name in a
 * duty (line 14), each with its marker (taken out for a date at which the body still existed).
 */
const plan = (date: string, duty = `Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế.
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agency/defunct`) => `kind: plan
id: p
date: ${date}
title: T
issuer: { name: Ủy ban nhân dân tỉnh Sơn La }
tasks:
  items:
    - id: "1"
      title: Hỗ trợ trẻ em
      lead: sldtbxh
#           ^^^^^^^ agency/defunct
assignments:
  - agency: sldtbxh
#           ^^^^^^^ agency/defunct
    duties:
      - ${duty}
`;

const SUCCESSORS =
  'Cơ quan kế thừa: Sở Nội vụ; Sở Y tế (bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội) ("syt"); Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp) ("sgddt")';

const isoDay = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const printed = (iso: string) => iso.split('-').reverse().join('/');

describe(RULE, () => {
  it('warns at each place a plan of 2025-09-01 names Sở Lao động - Thương binh và Xã hội, with the successors', () => {
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('2025-09-01') });
    expect(found.linted.summary.errors).toBe(0);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found[0].message).toBe(
      `"${LDTBXH}" không còn tồn tại từ ngày 01/03/2025 (Nghị định 45/2025/NĐ-CP); kế hoạch đề ngày 01/09/2025`,
    );
    expect(found.map((d) => d.hint)).toEqual([SUCCESSORS, SUCCESSORS, SUCCESSORS]);
  });

  it('leaves the same plan dated 2024 alone (the body still existed)', () => {
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': withoutMarkers(plan('2024-09-01')) });
  });

  it('matches names as everywhere else: case, uỷ/ủy, spacing and the dash', () => {
    const duty = `Giao Uỷ ban nhân dân HUYỆN Mai Sơn và Sở Lao động–Thương binh  và Xã hội thực hiện.
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agency/defunct
#                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agency/defunct`;
    const found = expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('2025-09-01', duty) }, { rules: RULE });
    const inDuty = found.filter((d) => d.at.startsWith('14:'));
    expect(inDuty[0].hint).toBe('Cơ quan kế thừa: Ủy ban nhân dân các xã, phường, đặc khu');
  });

  it('leaves citations of documents the old body issued, and names marked "(cũ)", alone', () => {
    const duty = 'Thực hiện Quyết định số 12/QĐ-UBND ngày 01/02/2024 của UBND huyện Mai Sơn trên địa bàn UBND huyện Yên Châu (cũ).';
    // Only the two markers of the key (lines 10 and 12): nothing in the duty.
    expectFindings({ 'a.yaml': AGENCIES, 'p.yaml': plan('2025-09-01', duty) });
  });

  it("uses a registry's until for a local body the list does not know, with its succeeded_by", () => {
    const agencies = `${AGENCIES}  bqlda: { name: Ban Quản lý dự án đầu tư xây dựng tỉnh, until: 2025-08-01, succeeded_by: [bqlkv] }
  bqlkv: { name: Ban Quản lý dự án khu vực I }
`;
    const local = (date: string) => `kind: plan
id: p
date: ${date}
title: T
issuer: { name: Ủy ban nhân dân tỉnh Sơn La }
tasks:
  items:
    - id: "1"
      title: Hỗ trợ trẻ em
      lead: bqlda
#           ^^^^^ agency/defunct
assignments:
  - agency: syt
    duties:
      - Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì, phối hợp với Sở Y tế.
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agency/defunct
`;
    const found = expectFindings({ 'a.yaml': agencies, 'p.yaml': local('2025-09-01') }, { rules: RULE });
    expect(found[0].message).toBe(
      '"Ban Quản lý dự án đầu tư xây dựng tỉnh" không còn tồn tại từ ngày 01/08/2025 (a.yaml); kế hoạch đề ngày 01/09/2025',
    );
    expect(found[0].hint).toBe('Cơ quan kế thừa: Ban Quản lý dự án khu vực I ("bqlkv")');
    expectFindings({ 'a.yaml': agencies, 'p.yaml': withoutMarkers(local('2025-07-31')) });
  });

  it("judges an undated draft at today's date", () => {
    const registry = (until: string) => `${AGENCIES}  bql: { name: Ban Quản lý khu du lịch, until: ${until} }\n`;
    const draft = `kind: plan
id: p
date: null
title: T
issuer: { name: Ủy ban nhân dân tỉnh Sơn La }
tasks:
  items:
    - id: "1"
      title: Hỗ trợ trẻ em
      lead: bql
#           ^^^ agency/defunct
assignments:
  - agency: syt
    duties:
      - Sở Y tế chủ trì, phối hợp với Sở Y tế.
`;
    const [endsToday] = expectFindings({ 'a.yaml': registry(isoDay(0)), 'p.yaml': draft });
    expect(endsToday.message).toBe(
      `"Ban Quản lý khu du lịch" không còn tồn tại từ ngày ${printed(isoDay(0))} (a.yaml); kế hoạch chưa ghi ngày nên được xét theo ngày hôm nay, ${printed(isoDay(0))}`,
    );
    expect(endsToday.hint).toBe(
      'Ghi cơ quan đang đảm nhận nhiệm vụ này (thêm "succeeded_by:" cho cơ quan trong danh mục để gợi ý ở đây)',
    );
    expectFindings({ 'a.yaml': registry(isoDay(1)), 'p.yaml': withoutMarkers(draft) });
  });

  it('gives no finding on the examples (plans of 2023–2024)', () => {
    expectFindings(readFolder(join(ROOT, 'examples')), { rules: RULE });
  });
});

describe('the reference list data/defunct-agencies-2025.yaml', () => {
  const { list, names } = shippedDefunctList();

  it('cites a legal source (number, date) for every entry, and says how far each is confirmed', () => {
    const raw = parse(readFileSync(DEFUNCT_LIST_FILE, 'utf8')) as { bodies: unknown[] };
    expect(list.bodies.length).toBe(raw.bodies.length);
    for (const body of list.bodies) {
      const source = list.sources[body.source];
      expect(source, body.names[0]).toBeDefined();
      expect(source.number).toMatch(/^\d+(?:\/\d{4})?[-/]/);
      // An article left open is only allowed where the entry says it is not fully confirmed.
      if (source.article === null) expect(body.status).not.toBe('confirmed');
      if (source.status !== 'confirmed') expect(body.status).not.toBe('confirmed');
      expect(body.until >= source.date || body.until >= '2025-03-01').toBe(true);
    }
  });

  it('covers the four parts of the 2025 reorganisation', () => {
    const index = new DefunctNames(names);
    const end = (name: string) => index.startOf(name)?.until;
    expect(end('Bộ Lao động - Thương binh và Xã hội')).toBe('2025-03-01');
    expect(end('Sở Tài nguyên và Môi trường tỉnh Lâm Đồng')).toBe('2025-03-01');
    expect(end('Ủy ban nhân dân các huyện, thị xã, thành phố')).toBe('2025-07-01');
    expect(end('Phòng Y tế huyện Mai Sơn')).toBe('2025-07-01');
    expect(end('UBND tỉnh Phú Yên')).toBe('2025-07-01');
    // Bodies of today are not in it.
    for (const current of ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh Lào Cai', 'Ủy ban nhân dân xã Mai Sơn', 'Bộ Nội vụ', 'Thanh tra tỉnh']) {
      expect(end(current), current).toBeUndefined();
    }
  });
});

describe('the sample repository of kehoach init', () => {
  it('names no body of the reference list and validates clean today', () => {
    const INIT = join(ROOT, 'templates', 'init');
    const files = ['agencies.yaml', 'directives/chi-thi-05-ct-tu-2025.yaml', 'plans/lao-cai-kh-phong-chong-duoi-nuoc-2025.yaml'];
    const index = new DefunctNames(shippedDefunctList().names);
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const contents = Object.fromEntries(files.map((f) => [f, readFileSync(join(INIT, f), 'utf8')]));
    const named = files.flatMap((f) => strings(parse(contents[f])).flatMap((s) => index.find(s).map((m) => `${f}: ${s.slice(m.from, m.to)}`)));
    expect(named).toEqual([]);
    expectFindings(contents);
  });
});
