// `kehoach import` as a user runs it: exit codes, the refusal of a .doc and of an existing
// file without --force, the summary on stderr, what a rendered plan gives back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kehoach-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EXAMPLES = join(ROOT, 'examples');

describe('kehoach import', () => {
  it('says to save a Word 97 .doc as .docx (exit 2)', async () => {
    const doc = join(work, 'old.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = await runCli(['import', doc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lưu thành .docx');
  });

  it('reads a rendered plan back: header, leads, reports, signature; never over a file without --force', async () => {
    const docx = join(work, 'son-la.docx');
    expect((await runCli(['render', 'son-la-93-kh-ubnd-2023', '--repo', EXAMPLES, '-o', docx])).code).toBe(0);
    const out = join(work, 'son-la.yaml');
    const r = await runCli(['import', docx, '--repo', EXAMPLES, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Đã đọc: 7 nhiệm vụ, 20 chỉ tiêu (20 có cơ quan chủ trì), 3 báo cáo, 0 cơ quan chưa có trong danh mục, 14 chỗ cần kiểm tra (# kiểm tra).\n');
    const plan = parse(readFileSync(out, 'utf8'));
    expect([plan.number, plan.date, plan.place, plan.parent]).toEqual(['93/KH-UBND', '2023-04-03', 'Sơn La', 'cong-van-636-ldtbxh-te']);
    const indicators = plan.indicators.groups.flatMap((g: { items: unknown[] }) => g.items);
    expect(plan.indicators.groups).toHaveLength(4);
    expect(indicators.find((i: { id: string }) => i.id === '1').lead).toBe('sldtbxh');
    expect(plan.reporting.map((x: { due?: string }) => x.due)).toContain('05-10');
    expect(plan.signing).toMatchObject({ authority: 'KT', body: 'Ủy ban nhân dân', head: 'Chủ tịch', name: 'Tráng Thị Xuân' });
    const again = await runCli(['import', docx, '--repo', EXAMPLES, '-o', out]);
    expect(again.code).toBe(2);
    expect((await runCli(['import', docx, '--repo', EXAMPLES, '-o', out, '--force'])).code).toBe(0);
  });

  it('proposes the agencies the registry lacks: in --agencies-out, else as a second YAML document', async () => {
    // Without --repo no agency is known: every one the Sơn La plan names is proposed.
    const text = join(ROOT, 'test', 'fixtures', 'import', 'son-la-93-kh-ubnd-2023.txt');
    const proposed = join(work, 'proposed.yaml');
    const r = await runCli(['import', text, '--agencies-out', proposed]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(', 12 cơ quan chưa có trong danh mục,');
    const registry = parse(readFileSync(proposed, 'utf8'));
    expect(registry.kind).toBe('agencies');
    expect(registry.agencies['so-lao-dong-thuong-binh-va-xa-hoi']).toEqual({ name: 'Sở Lao động - Thương binh và Xã hội', type: 'state' });
    expect(r.stdout).not.toContain('kind: agencies');
    expect(r.stdout).toContain('# kiểm tra: "Sở Y tế" chưa có trong danh mục cơ quan; đã đề xuất mã "so-y-te"');
    // The proposed registry is a valid agencies document.
    const v = await runCli(['validate', proposed]);
    expect(v.code, v.stdout).toBe(0);
    const inline = await runCli(['import', text]);
    expect(inline.stdout.split(/^---$/m)).toHaveLength(2);
    expect(inline.stdout).toContain('---\nkind: agencies\n');
  });
});
