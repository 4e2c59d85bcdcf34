// Hostile input (issue 8): no file, however broken, huge or malicious, crashes kehoach, leaks a
// stack trace, exhausts memory (the real executable runs with a 256 MB heap) or leaves a partial
// or corrupt DOCX. Small cases are committed under test/hostile/corpus/; huge and binary ones
// are generated here. test/cli/bad-input.test.ts has the first validate-level cases; these
// extend them to render, to folder walks and to the remaining kinds of hostile file.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  corpus,
  expectAbsentOrValidDocx,
  expectClean,
  expectNoTempFiles,
  kehoach,
  minimalPlan,
  openDocx,
  openToAll,
  repoWith,
  spawnPausedRender,
} from './helpers.js';

/** Render the repository's plan.yaml to out.docx; the target must then be absent or valid. */
async function render(dir: string, extra: string[] = []): Promise<ReturnType<typeof kehoach>> {
  const r = kehoach(['render', 'plan.yaml', '-o', 'out.docx', ...extra], dir);
  await expectAbsentOrValidDocx(join(dir, 'out.docx'));
  expectNoTempFiles(dir);
  return r;
}

const REFUSED = 'kehoach: kế hoạch còn lỗi nên chưa trình bày.';

describe('alias bomb (billion laughs)', () => {
  // 9 levels of 9 aliases above a list of 9: 9^10 (3.5 billion) strings if expanded.
  const bomb = ['kind: plan', 'id: bomb', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) bomb.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  bomb.push('title: *a9');
  const dir = repoWith({ 'plan.yaml': bomb.join('\n') + '\n' });

  it('validate: schema/syntax "quá nhiều bí danh", exit 1', () => {
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    expect(r.stdout).toContain('1:1  lỗi  Tệp dùng quá nhiều bí danh YAML (alias, giới hạn 100): có thể là tệp độc hại  schema/syntax');
  });

  it('render and render --draft: exit 1, no file', async () => {
    for (const extra of [[], ['--draft']]) {
      const r = await render(dir, extra);
      expectClean(r, 1);
      expect(r.stderr).toContain('quá nhiều bí danh YAML');
      expect(r.stderr).toContain(REFUSED);
      expect(existsSync(join(dir, 'out.docx'))).toBe(false);
    }
  });
});

describe('a 50 MB YAML file', () => {
  // Generated, not committed: a valid plan followed by 50 MB of list items.
  const dir = repoWith({});
  const line = `  - "${'Nội dung rất dài '.repeat(4)}"\n`;
  writeFileSync(join(dir, 'plan.yaml'), minimalPlan() + 'intro:\n' + line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));

  it('validate by name and by folder walk: "Tệp quá lớn", exit 1, never read into memory', () => {
    for (const args of [['validate', 'plan.yaml'], ['validate']]) {
      const r = kehoach(args, dir);
      expectClean(r, 1);
      expect(r.stdout).toContain('1:1  lỗi  Tệp quá lớn (50,0 MB, giới hạn 8,0 MB): không phải một văn bản kế hoạch  schema/syntax');
    }
  });

  it('render: exit 1, no file', async () => {
    const r = await render(dir);
    expectClean(r, 1);
    expect(r.stderr).toContain('Tệp quá lớn (50,0 MB');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });
});

describe('10,000 levels of nesting', () => {
  const deep = (n: number, open: string, close: string) => `kind: plan\nid: sau\ntitle: ${open.repeat(n)}1${close.repeat(n)}\n`;
  const cases: [string, string][] = [
    ['flow lists [[[[…', deep(10_000, '[', ']')],
    ['flow maps {a: {a: …', deep(10_000, '{a: ', '}')],
    ['block lists "- - - …" on one line', `kind: plan\nid: sau\ntitle:\n  ${'- '.repeat(10_000)}x\n`],
    // One-space indentation: 10,000 levels would be 50 MB (refused by size, above); 3,000
    // levels are 4.5 MB, under the size limit, so the depth limit is what stops them.
    ['block-indented maps, 3,000 levels', 'kind: plan\nid: sau\ntitle:\n' + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n') + ' 1\n'],
  ];

  it.each(cases)('%s: "lồng nhau quá sâu", exit 1, for validate and render', async (_name, text) => {
    const dir = repoWith({ 'plan.yaml': text });
    const v = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(v, 1);
    // At the parser's position where the nesting became too deep (it depends on the stack size).
    expect(v.stdout).toMatch(/^plan\.yaml\n +\d+:\d+ +lỗi +Cấu trúc lồng nhau quá sâu: tệp không phải một văn bản kế hoạch +schema\/syntax\n\n✖ 1 vấn đề/);
    const r = await render(dir, ['--draft']);
    expectClean(r, 1);
    expect(r.stderr).toContain('Cấu trúc lồng nhau quá sâu');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('block-indented maps, 10,000 levels (50 MB): refused by size, exit 1', () => {
    const dir = repoWith({});
    writeFileSync(join(dir, 'plan.yaml'), 'kind: plan\nid: sau\ntitle:\n' + Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n') + ' 1\n');
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    expect(r.stdout).toContain('Tệp quá lớn (47,7 MB, giới hạn 8,0 MB)');
  });
});

describe('__proto__, constructor and prototype as keys', () => {
  it('at several levels: each reported as an unknown key, exit 1; render refuses', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('proto-keys.yaml') });
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    const unknown = r.stdout.split('\n').filter((l) => l.includes('schema/unknown-key')).map((l) => l.trim().replace(/\s+/g, ' '));
    expect(unknown).toEqual([
      '4:1 lỗi Khóa "__proto__" không có trong định dạng schema/unknown-key',
      '6:1 lỗi Khóa "constructor" không có trong định dạng schema/unknown-key',
      '17:3 lỗi Khóa "__proto__" không có trong định dạng schema/unknown-key',
      '32:7 lỗi Khóa "constructor" không có trong định dạng schema/unknown-key',
      '33:7 lỗi Khóa "prototype" không có trong định dạng schema/unknown-key',
      // A plan-local agency id `__proto__`: a record key, which zod's copy would silently drop.
      '65:3 lỗi Khóa "__proto__" không có trong định dạng schema/unknown-key',
    ]);
    const rendered = await render(dir);
    expectClean(rendered, 1);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('written with an escape ("\\x5f_proto__"): reported where it stands, as the word itself is', () => {
    // The reader skips looking for the key in a file with neither the word nor a backslash
    // (load/read.ts). As the id of a plan-local agency (the file ends in `agencies:`) the key
    // passes the schema, and only that look finds it.
    const plan = `${minimalPlan()}  "\\x5f_proto__":\n    name: Cơ quan nguyên mẫu\n`;
    const line = plan.split('\n').length - 2;
    const dir = repoWith({ 'plan.yaml': plan });
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    const unknown = r.stdout.split('\n').filter((l) => l.includes('schema/unknown-key')).map((l) => l.trim().replace(/\s+/g, ' '));
    expect(unknown).toEqual([`${line}:3 lỗi Khóa "__proto__" không có trong định dạng schema/unknown-key`]);
  });

  it('as the ids of plan-local agencies: plain data, the plan renders', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('proto-agencies.yaml') });
    expectClean(kehoach(['validate', 'plan.yaml'], dir), 0);
    expectClean(await render(dir), 0);
    await openDocx(join(dir, 'out.docx'));
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'an assignment to an agency named "%s" that is not defined: ref/agency, exit 1 (not Object.prototype\'s)',
    (id) => {
      const plan = minimalPlan().replace('  - agency: phong-vh\n', `  - agency: "${id}"\n`);
      const dir = repoWith({ 'plan.yaml': plan });
      const r = kehoach(['validate', 'plan.yaml'], dir);
      expectClean(r, 1);
      expect(r.stdout).toContain(`34:13  lỗi  Không có cơ quan "${id}" trong danh mục cơ quan  ref/agency`);
    },
  );
});

describe('text encodings and line ends', () => {
  it('NFD text: validate warns text/nfc (exit 0); the DOCX has the NFC text', async () => {
    const nfd = 'Khảo sát địa điểm.'.normalize('NFD');
    expect(nfd).not.toBe('Khảo sát địa điểm.');
    const dir = repoWith({ 'plan.yaml': minimalPlan().replace('Khảo sát địa điểm.', nfd).replace('Tổ chức ngày hội', 'Tổ chức ngày hội'.normalize('NFD')) });
    const v = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(v, 0);
    expect(v.stdout.split('\n').filter((l) => l.includes('text/nfc')).map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
      '13:9 cảnh báo Chữ "ổ" được gõ bằng dấu tách rời (Unicode dạng tổ hợp): trông giống nhưng tìm kiếm và đối chiếu trích dẫn sẽ sai text/nfc',
      '32:18 cảnh báo Chữ "ả" được gõ bằng dấu tách rời (Unicode dạng tổ hợp): trông giống nhưng tìm kiếm và đối chiếu trích dẫn sẽ sai text/nfc',
    ]);
    const r = await render(dir);
    expectClean(r, 0);
    const docx = await openDocx(join(dir, 'out.docx'));
    expect(docx.xml).toBe(docx.xml.normalize('NFC'));
    expect(docx.core).toContain('<dc:title>Tổ chức ngày hội thử nghiệm năm 2024</dc:title>');
    expect(docx.paragraphs).toContain('Tổ chức ngày hội thử nghiệm năm 2024');
    expect(docx.paragraphs).toContain('- Khảo sát địa điểm.');
  });

  it('a UTF-8 BOM: read as if absent (columns unchanged), exit 0; renders', async () => {
    const plan = minimalPlan().replace('Lập danh sách khách mời.', 'Lập danh sách  khách mời.');
    const dir = repoWith({ 'plan.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)]) });
    const v = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(v, 0);
    // Columns are counted without the BOM: the same report as the file without it.
    expect(v.stdout).toMatch(/\n +27:25 +thông tin +Hai khoảng trắng liền nhau/);
    expect(kehoach(['validate', '--format', 'json', 'plan.yaml'], dir).stdout).toBe(kehoach(['validate', '--format', 'json', 'plan.yaml'], repoWith({ 'plan.yaml': plan })).stdout);
    expectClean(await render(dir), 0);
    const docx = await openDocx(join(dir, 'out.docx'));
    expect(docx.xml).not.toContain('\uFEFF');
  });

  it('CRLF line ends: same diagnostics as LF, exit 0; no carriage return reaches the DOCX', async () => {
    const plan = minimalPlan().replace('Lập danh sách khách mời.', 'Lập danh sách  khách mời.');
    const lf = repoWith({ 'plan.yaml': plan });
    const crlf = repoWith({ 'plan.yaml': plan.replace(/\n/g, '\r\n') });
    const a = kehoach(['validate', '--format', 'json', 'plan.yaml'], lf);
    const b = kehoach(['validate', '--format', 'json', 'plan.yaml'], crlf);
    expectClean(b, 0);
    expect(b.stdout).toBe(a.stdout);
    expectClean(await render(crlf), 0);
    const docx = await openDocx(join(crlf, 'out.docx'));
    expect(docx.xml).not.toContain('\r');
    expect(docx.paragraphs).toContain('- Lập danh sách  khách mời.');
  });

  it('a tab used for indentation: schema/syntax "Dùng ký tự tab", exit 1; render refuses', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('tab-indent.yaml') });
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    expect(r.stdout).toMatch(/\n +9:1 +lỗi +Dùng ký tự tab để thụt lề: YAML chỉ cho phép dấu cách +schema\/syntax/);
    const rendered = await render(dir, ['--draft']);
    expectClean(rendered, 1);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('tabs inside text: accepted (exit 0) and printed as tabs', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('tab-in-text.yaml') });
    expectClean(kehoach(['validate', 'plan.yaml'], dir), 0);
    expectClean(await render(dir), 0);
    const docx = await openDocx(join(dir, 'out.docx'));
    expect(docx.paragraphs).toContain('- Lập danh sách\tkhách mời.');
    expect(docx.paragraphs).toContain('- Khảo sát\tđịa điểm.');
  });

  it('duplicate keys: "xuất hiện hai lần" at each, exit 1; render --draft refuses', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('duplicate-keys.yaml') });
    const r = kehoach(['validate', 'plan.yaml'], dir);
    expectClean(r, 1);
    expect(r.stdout).toMatch(/\n +12:1 +lỗi +Khóa "place" xuất hiện hai lần trong cùng một bảng: giá trị sau sẽ đè giá trị trước +schema\/syntax/);
    expect(r.stdout).toMatch(/\n +26:7 +lỗi +Khóa "title" xuất hiện hai lần trong cùng một bảng/);
    const rendered = await render(dir, ['--draft']);
    expectClean(rendered, 1);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });
});

describe('characters XML forbids, in text', () => {
  // Decision: they are invisible, so the plan stays valid (exit 0) and render drops them
  // (src/render/document/printable.ts): the DOCX always opens in Word.
  it('validate: exit 0; render: the DOCX parses and has the text without them', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('control-chars.yaml') });
    expectClean(kehoach(['validate', 'plan.yaml'], dir), 0);
    expectClean(await render(dir), 0);
    const docx = await openDocx(join(dir, 'out.docx'));
    expect(docx.core).toContain('<dc:title>Tổ chức ngày hội thử nghiệm năm 2024</dc:title>');
    expect(docx.paragraphs).toContain('Tổ chức ngày hội thử nghiệm năm 2024');
    // U+001B (escape) is dropped too; U+007F is legal XML and kept.
    expect(docx.paragraphs).toContain('- Lập danh sách khách mời\u007f.');
    expect(docx.xml).not.toContain('\uFFFD');
  });
});

describe('files that are not YAML text', () => {
  it('a binary file named .yaml: render exit 1 "Tệp không phải văn bản"; a folder walk reports it, exit 1', async () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const dir = repoWith({ 'plan.yaml': binary, 'other/ok.yaml': minimalPlan().replace('id: ke-hoach-toi-gian', 'id: ke-hoach-khac') });
    const r = await render(dir, ['--draft']);
    expectClean(r, 1);
    expect(r.stderr).toMatch(/1:1 +lỗi +Tệp không phải văn bản \(có byte NUL\): không thể đọc như YAML +schema\/syntax/);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
    const walk = kehoach(['validate'], dir);
    expectClean(walk, 1);
    expect(walk.stdout).toContain('plan.yaml\n');
    expect(walk.stdout).toContain('Tệp không phải văn bản (có byte NUL)');
  });

  it('a symlink loop named on the command line: exit 2 with a message, for validate and render', () => {
    const dir = repoWith({});
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    const v = kehoach(['validate', 'a.yaml'], dir);
    expectClean(v, 2);
    expect(v.stderr).toBe('kehoach: Đường dẫn "a.yaml" là một vòng liên kết (symlink) trỏ về chính nó.\n');
    const r = kehoach(['render', 'a.yaml', '-o', 'out.docx'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: Không tìm thấy tệp kế hoạch "a.yaml".\n');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('a file symlink loop met in a folder walk is skipped; the rest is checked, exit 0', () => {
    const dir = repoWith({ 'plans/plan.yaml': minimalPlan() });
    symlinkSync('b.yaml', join(dir, 'plans', 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'plans', 'b.yaml'));
    const r = kehoach(['validate'], dir);
    expectClean(r, 0);
    expect(r.stdout).toBe('✔ 1 văn bản, không có vấn đề nào\n');
  });

  it('an unreadable plan: render exit 1 "Không thể đọc tệp: không có quyền truy cập … (EACCES)", no file', async () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    chmodSync(join(dir, 'plan.yaml'), 0o000);
    openToAll(dir);
    chmodSync(join(dir, 'kehoach.config.yaml'), 0o644);
    const r = kehoach(['render', 'plan.yaml', '-o', join(dir, 'out.docx')], dir, { nobody: true });
    expectClean(r, 1);
    expect(r.stderr).toMatch(/1:1 +lỗi +Không thể đọc tệp: không có quyền truy cập; hãy kiểm tra quyền của tệp\/thư mục hoặc chọn chỗ khác \(EACCES\) +schema\/syntax/);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('an unreadable folder in a walk: reported as a file that cannot be read, exit 1', () => {
    const dir = repoWith({ 'ok/plan.yaml': minimalPlan(), 'closed/x.yaml': minimalPlan() });
    openToAll(dir);
    for (const sub of ['ok', 'closed']) chmodSync(join(dir, sub), 0o755);
    chmodSync(join(dir, 'ok/plan.yaml'), 0o644);
    chmodSync(join(dir, 'kehoach.config.yaml'), 0o644);
    chmodSync(join(dir, 'closed'), 0o000);
    const r = kehoach(['validate'], dir, { nobody: true });
    expectClean(r, 1);
    expect(r.stdout).toMatch(/closed\n +1:1 +lỗi +Không thể đọc tệp: không có quyền truy cập; hãy kiểm tra quyền của tệp\/thư mục hoặc chọn chỗ khác \(EACCES\)/);
  });
});

describe('an output folder that cannot be written', () => {
  it('a path under a regular file: exit 2, a clear message, no file', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan(), 'somefile': 'not a folder\n' });
    const r = kehoach(['render', 'plan.yaml', '-o', 'somefile/x.docx'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: Không tìm thấy thư mục "somefile" để ghi tệp kết quả.\n');
    expect(readFileSync(join(dir, 'somefile'), 'utf8')).toBe('not a folder\n');
  });

  it('a folder without write permission: exit 2, "Không ghi được tệp …: không có quyền truy cập … (EACCES)", no file, no temp file', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    openToAll(dir);
    for (const f of ['plan.yaml', 'kehoach.config.yaml']) chmodSync(join(dir, f), 0o644);
    const out = join(dir, 'out');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = kehoach(['render', 'plan.yaml', '-o', 'out/x.docx'], dir, { nobody: true });
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: Không ghi được tệp "out/x.docx": không có quyền truy cập; hãy kiểm tra quyền của tệp/thư mục hoặc chọn chỗ khác (EACCES).\n');
    expect(existsSync(join(out, 'x.docx'))).toBe(false);
    expectNoTempFiles(out);
  });
});

describe('Handlebars syntax in user text', () => {
  it('is printed literally, never evaluated', async () => {
    const dir = repoWith({ 'plan.yaml': corpus('handlebars.yaml') });
    expectClean(kehoach(['validate', 'plan.yaml'], dir), 0);
    expectClean(await render(dir), 0);
    const docx = await openDocx(join(dir, 'out.docx'));
    expect(docx.paragraphs).toContain("Tổ chức ngày hội {{constructor.constructor 'return 1'}}");
    // Passed as data into the "issuing" sentence template, and still not evaluated there.
    expect(docx.paragraphs).toContain(
      "Ủy ban nhân dân xã Thử Nghiệm ban hành Kế hoạch tổ chức ngày hội {{constructor.constructor 'return 1'}} như sau:",
    );
    expect(docx.core).toContain('<dc:title>Tổ chức ngày hội {{constructor.constructor &apos;return 1&apos;}}</dc:title>');
    expect(docx.paragraphs).toContain('- Lập danh sách {{#each}} khách mời {{/each}} và {{> partial}}.');
    expect(docx.paragraphs).toContain("- {{{raw}}} {{!comment}} {{lookup this 'constructor'}}");
  });
});

describe('SIGINT during render', () => {
  it('exits by the signal, leaves no temp file, and the existing target unchanged', async () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const OLD = Buffer.from('the previous, complete document');
    writeFileSync(join(dir, 'out.docx'), OLD);
    const paused = await spawnPausedRender(['plan.yaml', '-o', 'out.docx'], dir);
    // The temporary file is in place while paused; it is what the signal must not leave behind.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([`.out.docx.${paused.pid}.tmp`]);
    const r = await paused.stop('SIGINT');
    expect(r.signal).toBe('SIGINT');
    expect(r.status).toBeNull();
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kehoach: paused-before-rename\n');
    expectNoTempFiles(dir);
    expect(readFileSync(join(dir, 'out.docx')).equals(OLD)).toBe(true);
  });

  it('SIGTERM likewise', async () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const paused = await spawnPausedRender(['plan.yaml', '-o', 'out.docx'], dir);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([`.out.docx.${paused.pid}.tmp`]);
    const r = await paused.stop('SIGTERM');
    expect(r.signal).toBe('SIGTERM');
    expectNoTempFiles(dir);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });
});
