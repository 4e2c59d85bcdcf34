// The Sơn La plan 93/KH-UBND as text copied from a web page (test/fixtures/import/, the seed):
// capitals for the trích yếu, the page's menu above the header and its footer below the
// signature, the leads stated by "Chủ trì … các chỉ tiêu 1, 2, 6 …" lines, one report sentence
// with two deadlines.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';

const SEED = join(ROOT, 'test', 'fixtures', 'import', 'son-la-93-kh-ubnd-2023.txt');

describe('kehoach import of a text file (the Sơn La seed)', async () => {
  const r = await runCli(['import', SEED, '--repo', join(ROOT, 'examples')]);
  const plan = parse(r.stdout);

  it('exits 0 with the summary on stderr', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Đã đọc: 7 nhiệm vụ, 20 chỉ tiêu (20 có cơ quan chủ trì), 2 báo cáo, 0 cơ quan chưa có trong danh mục, 19 chỗ cần kiểm tra (# kiểm tra).\n');
  });

  it('reads the header and finds the parent cited by number in the repository', () => {
    expect(plan).toMatchObject({ number: '93/KH-UBND', date: '2023-04-03', place: 'Sơn La', parent: 'cong-van-636-ldtbxh-te' });
    expect(plan.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Sơn La', short: 'UBND' });
    expect(plan.title).toBe('Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023');
    expect(r.stdout).toContain('# kiểm tra: dòng ở đầu văn bản không thuộc phần nào, không được lấy: "Từ khoá: Số Hiệu');
  });

  it('recovers the 20 indicators in 4 groups with the leads Tổ chức thực hiện states', () => {
    const groups = plan.indicators.groups as { items: { id: string; lead: string | string[] }[] }[];
    expect(groups.map((g) => g.items.length)).toEqual([7, 4, 5, 4]);
    const lead = Object.fromEntries(groups.flatMap((g) => g.items).map((i) => [i.id, i.lead]));
    expect(lead).toEqual({
      1: 'sldtbxh', 2: 'sldtbxh', 3: 'syt', 4: 'syt', 5: 'syt', 6: ['sldtbxh', 'syt'], 7: 'sgddt', 8: 'sldtbxh', 9: 'sldtbxh', 10: 'sldtbxh',
      11: 'stp', 12: 'sgddt', 13: 'sgddt', 14: 'sgddt', 15: 'sgddt', 16: 'svhttdl', 17: ['sldtbxh', 'sgddt', 'tinh-doan'], 18: ['sldtbxh', 'sgddt'],
      19: ['sldtbxh', 'sgddt', 'tinh-doan'], 20: ['sldtbxh', 'sgddt', 'tinh-doan'],
    });
  });

  it('reads the reporting deadlines 10/5 and 05/11, the signature and Nơi nhận', () => {
    expect(plan.reporting.map((x: { period: string; due: string; to: string }) => [x.period, x.due, x.to])).toEqual([
      ['semiannual', '05-10', 'sldtbxh'],
      ['annual', '11-05', 'sldtbxh'],
    ]);
    expect(plan.signing).toEqual({ authority: 'KT', body: 'Ủy ban nhân dân', head: 'Chủ tịch', position: 'Phó chủ tịch thường trực', name: 'Tráng Thị Xuân' });
    expect(plan.recipients).toEqual(['Bộ Lao động - TBXH', 'Chủ tịch UBND tỉnh', 'Phần IV- Tổ chức thực hiện', 'Lãnh đạo Văn phòng UBND tỉnh']);
    expect(plan.archive).toBe('VT, KGVX, Phương');
  });
});
