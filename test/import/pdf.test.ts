// PDF with a text layer (the signed Quyết định 2319/QĐ-TTg as published) → a directive record
// with its numbered tasks; a PDF without text (a scan) → exit 2, "needs OCR first".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kehoach-import-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const QD = join(ROOT, 'test', 'fixtures', 'import', 'ttg-qd-2319-2025.pdf');

/** One A4 page and nothing on it: what a scan is to a text reader (its page is an image). */
const NO_TEXT_PDF = [
  '%PDF-1.4',
  '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
  '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
  '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj',
  'trailer <</Root 1 0 R>>',
  '%%EOF',
].join('\n');

describe('kehoach import of a PDF', () => {
  it('reads Quyết định 2319/QĐ-TTg into a directive with the 4 tasks of Điều 3', async () => {
    const out = join(work, 'qd.yaml');
    const r = await runCli(['import', QD, '--kind', 'directive', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Đã đọc: 4 nhiệm vụ, 0 chỉ tiêu (0 có cơ quan chủ trì), 0 báo cáo, 0 cơ quan chưa có trong danh mục, 3 chỗ cần kiểm tra (# kiểm tra).\n');
    const directive = parse(readFileSync(out, 'utf8'));
    expect(directive).toMatchObject({
      kind: 'directive',
      doc_type: 'Quyết định',
      number: '2319/QĐ-TTg',
      date: '2025-10-20',
      place: 'Hà Nội',
      issuer: { name: 'Thủ tướng Chính phủ', short: 'TTg' },
      title: 'Thành lập Ban Chỉ đạo quốc gia về dữ liệu',
    });
    expect(directive.tasks.map((t: { id: string }) => t.id)).toEqual(['1', '2', '3', '4']);
    // Items 1 and 3 each have a second, unnumbered paragraph: kept, joined to the task.
    expect(directive.tasks[2].title).toMatch(/^Giúp Chính phủ, Thủ tướng Chính phủ đôn đốc, kiểm tra .* Sơ kết, đánh giá tình hình, kết quả triển khai các nhiệm vụ, giải pháp trọng tâm đối với các nhiệm vụ có liên quan đến dữ liệu\.$/u);
    expect(directive.tasks[3].title).toBe('Thực hiện các nhiệm vụ khác theo yêu cầu của Chính phủ, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo.');
    // The record is a valid directive of a repository.
    const v = await runCli(['validate', work]);
    expect(v.code, v.stdout).toBe(0);
  });

  it('refuses a PDF without a text layer: it needs OCR first (exit 2)', async () => {
    const scan = join(work, 'scan.pdf');
    writeFileSync(scan, NO_TEXT_PDF);
    const r = await runCli(['import', scan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp PDF không có lớp chữ (bản quét): cần nhận dạng chữ (OCR) trước');
    expect(r.stdout).toBe('');
  });
});
