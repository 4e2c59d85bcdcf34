// Two real provincial plans as their office typed them in Word (test/fixtures/import/, copied
// from shared/documents with their MANIFEST.yaml ground truth): Word's automatic numbering,
// areas that each carry "a) Mục tiêu" and "b) Nhiệm vụ", unnumbered indicator bullets, a
// three-column signature table, "Nơi nhận:" and the first recipient in one paragraph, an annex
// table after the signature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'import', name));

interface Imported {
  doc_type: string;
  number: string | null;
  date: number | string | null;
  place: string;
  title: string;
  issuer: { name: string; short?: string };
  indicators: { heading?: string; label?: string; placement?: string; groups: { title?: string; items: { id: string; text: string; lead?: string }[] }[] };
  tasks: { heading?: string; items: { id: string; title: string; body?: string[]; items?: { id: string; title: string }[] }[] };
  signing: Record<string, string>;
  recipients: string[];
  archive: string;
  annexes?: { title: string; body: string[] }[];
  intro?: string | string[];
}

describe('ld-kh-cchc-2026.docx (Kế hoạch CCHC 2026, Lâm Đồng)', async () => {
  const result = await importDocument(fixture('ld-kh-cchc-2026.docx'), { fileName: 'ld-kh-cchc-2026.docx' });
  const plan = result.document as unknown as Imported;

  it('reads the header: blank number and day, the month-less year, place, trích yếu', () => {
    expect([plan.doc_type, plan.number, plan.date, plan.place, plan.title]).toEqual(['Kế hoạch', null, 2025, 'Lâm Đồng', 'Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng']);
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lâm Đồng', short: 'UBND' });
  });

  it('recovers the 43 indicators in the 6 areas (Word-numbered "1." … "7." headings)', () => {
    expect(plan.indicators.groups.map((g) => [g.title, g.items.length])).toEqual([
      ['Cải cách thể chế', 5],
      ['Cải cách thủ tục hành chính', 9],
      ['Cải cách tổ chức bộ máy hành chính nhà nước', 5],
      ['Cải cách chế độ công vụ', 4],
      ['Cải cách tài chính công', 6],
      ['Xây dựng và phát triển chính quyền điện tử, chính quyền số', 14],
    ]);
    const all = plan.indicators.groups.flatMap((g) => g.items);
    expect(all[0].text).toBe('100% văn bản quy phạm pháp luật được cập nhật trên cơ sở dữ liệu quốc gia về pháp luật kịp thời, đúng quy định.');
    expect(all.at(-1)?.text).toBe('Hoàn thành và đưa Trung tâm IOC vào hoạt động trong quý I năm 2026.');
    // The document names no lead for any indicator (MANIFEST: "stated for none").
    expect(all.filter((i) => i.lead !== undefined)).toEqual([]);
    expect(plan.indicators.label).toBe('dash');
  });

  it('recovers the 48 tasks of the body: bullets per area, a)–g) under area 7', () => {
    expect(plan.tasks.items.map((t) => t.title)).toEqual([
      'Cải cách thể chế',
      'Cải cách thủ tục hành chính',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'Công tác chỉ đạo, điều hành',
    ]);
    expect(plan.tasks.items.slice(0, 6).map((t) => t.body?.length)).toEqual([4, 12, 4, 4, 6, 11]);
    // A sub-item's id carries its area's: task ids are unique in a plan (doc/duplicate-id).
    expect(plan.tasks.items[6].items?.map((t) => t.id)).toEqual(['7.a', '7.b', '7.c', '7.d', '7.đ', '7.e', '7.g']);
    expect(plan.tasks.heading).toBe('Mục tiêu, nhiệm vụ');
  });

  it('reads the signature, the 12 recipients and Lưu, and keeps the annex table', () => {
    expect(plan.signing).toEqual({ authority: 'KT', head: 'Chủ tịch', position: 'Phó chủ tịch', name: 'Nguyễn Ngọc Phúc' });
    expect(plan.recipients).toHaveLength(12);
    expect(plan.recipients[0]).toBe('Bộ Nội vụ');
    expect(plan.recipients.at(-1)).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(plan.archive).toBe('VT, NC.Châu');
    expect(plan.annexes?.map((a) => a.title)).toEqual(['Phân công thực hiện nhiệm vụ cải cách hành chính năm 2026']);
    expect(plan.annexes?.[0].body[0]).toBe('STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc');
  });

  it('says where to look: the three citations not in a repository, the guessed reports', () => {
    expect(result.yaml).toContain('# kiểm tra: không tìm thấy trong kho văn bản "Chỉ thị số 23/CT-TTg"');
    expect(result.summary).toMatchObject({ indicators: 43, indicatorsWithLead: 0 });
  });
});

describe('ld-kh-pcmt-2030.docx (Kế hoạch phòng, chống ma túy đến 2030, Lâm Đồng)', async () => {
  const result = await importDocument(fixture('ld-kh-pcmt-2030.docx'), { fileName: 'ld-kh-pcmt-2030.docx' });
  const plan = result.document as unknown as Imported;

  it('reads the 9 indicators of section II (unnumbered bullets), with no lead', () => {
    expect(plan.indicators).toMatchObject({ heading: 'Chỉ tiêu chủ yếu thực hiện đến năm 2030', label: 'dash', placement: 'section' });
    const items = plan.indicators.groups.flatMap((g) => g.items);
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(items[8].text).toMatch(/^Bảo đảm trên 90% người nghiện ma túy/);
    expect(items.filter((i) => i.lead !== undefined)).toEqual([]);
  });

  it('reads the 10 task groups of section III with their numbered sub-items (1.1, 3.6 …)', () => {
    expect(plan.tasks.heading).toBe('Nội dung, giải pháp trọng tâm và phân công nhiệm vụ');
    expect(plan.tasks.items.map((t) => [t.id, (t.items ?? []).length])).toEqual([
      ['1', 2], ['2', 0], ['3', 6], ['4', 5], ['5', 2], ['6', 4], ['7', 0], ['8', 2], ['9', 0], ['10', 0],
    ]);
    expect(plan.tasks.items[3].items?.[3].title).toBe('Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh');
  });

  it('reads the signature and Nơi nhận (heading and first recipient in one paragraph)', () => {
    expect(plan.signing).toEqual({ authority: 'KT', head: 'Chủ tịch', position: 'Phó chủ tịch', name: 'Nguyễn Minh' });
    expect(plan.recipients[0]).toBe('Thường trực Tỉnh ủy');
    expect(plan.recipients).toHaveLength(11);
    expect(plan.archive).toBe('VT, NC.Châu');
  });

  it('keeps section IV (Kiến nghị), which no part of a plan holds, with a note', () => {
    expect(result.yaml).toContain('# kiểm tra: mục "KIẾN NGHỊ" không thuộc phần nào của kế hoạch');
  });
});
