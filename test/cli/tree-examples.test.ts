// `kehoach tree examples` on the example chains (the chains' findings: test/rules/chains.test.ts).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('kehoach tree examples', () => {
  it('shows the chain Sơn La → huyện Mộc Châu → xã Đông Sang with full coverage', async () => {
    const r = await runCli(['tree', 'examples']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.indexOf('Công văn 636/LĐTBXH-TE [cong-van-636-ldtbxh-te] · 0 lỗi, 0 cảnh báo');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines.slice(start, start + 4)).toEqual([
      'Công văn 636/LĐTBXH-TE [cong-van-636-ldtbxh-te] · 0 lỗi, 0 cảnh báo',
      '└─ Kế hoạch 93/KH-UBND [son-la-93-kh-ubnd-2023] · nhiệm vụ 0/0, miễn 0, thiếu 0 · chỉ tiêu 0/0 · 0 lỗi, 0 cảnh báo',
      '   └─ Kế hoạch 52/KH-UBND [vi-du-moc-chau-kh-2023] · nhiệm vụ 7/7, miễn 0, thiếu 0 · chỉ tiêu 20/20 · 0 lỗi, 0 cảnh báo',
      '      └─ Kế hoạch 15/KH-UBND [vi-du-xa-dong-sang-kh-2023] · nhiệm vụ 4/4, miễn 0, thiếu 0 · chỉ tiêu 20/20 · 0 lỗi, 0 cảnh báo',
    ]);
  });
});
