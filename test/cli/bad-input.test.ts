// Bad input never crashes: each case gets a clear Vietnamese message, exit 1 or 2, and no
// stack trace. These run the real executable, as a user or a CI job would.
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, makeRepo, spawnCli, type CliRun } from '../helpers.js';

function expectNoStackTrace(r: CliRun): void {
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stdout + r.stderr).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError/);
}

function aliasBomb(): string {
  // 10 levels of 10 aliases each: 10^10 nodes if expanded.
  const lines = ['kind: plan', 'id: bomb', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
  return lines.join('\n') + '\n';
}

describe('bad input', () => {
  const cases: [string, Record<string, string | Buffer>, number, RegExp][] = [
    ['broken YAML', { 'p.yaml': 'kind: plan\nid: p\ntitle: [a, b\n' }, 1, /schema\/syntax/],
    ['a list where a map belongs', { 'p.yaml': 'kind: plan\nid: p\ntitle: T\nissuer:\n  - Ủy ban\n' }, 1, /phải là một bảng khóa/],
    ['a document that is a list', { 'p.yaml': '- kind: plan\n- id: p\n' }, 1, /Văn bản phải là một bảng khóa/],
    ['binary junk', { 'p.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x00]) }, 1, /Tệp không phải văn bản/],
    ['a 10,000-alias bomb', { 'p.yaml': aliasBomb() }, 1, /quá nhiều bí danh YAML/],
    ['Latin-1 text', { 'p.yaml': Buffer.from('kind: plan\nid: p\ntitle: Ch\xe9\n', 'latin1') }, 1, /không được mã hóa UTF-8/],
    ['deep nesting', { 'p.yaml': 'kind: plan\nid: p\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n' }, 1, /lồng nhau quá sâu|schema\/syntax/],
  ];

  it.each(cases)('%s: a clear message, a non-zero exit, no stack trace', (_name, files, code, message) => {
    const dir = makeRepo(files);
    const r = spawnCli(['validate', 'p.yaml'], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(message);
    expectNoStackTrace(r);
  });

  it('an empty file named on the command line: schema/missing kind', () => {
    const dir = makeRepo({ 'p.yaml': '' });
    const r = spawnCli(['validate', 'p.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Văn bản phải là một bảng khóa');
    expectNoStackTrace(r);
  });

  it('an empty file found by walking a folder is skipped (it has no kind:)', () => {
    const dir = makeRepo({ 'p.yaml': '' });
    const r = spawnCli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không tìm thấy văn bản nào');
  });

  it('a path that does not exist: exit 2', () => {
    const r = spawnCli(['validate', 'khong-co-thu-muc-nay'], { cwd: makeRepo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: Không tìm thấy đường dẫn "khong-co-thu-muc-nay".\n');
  });

  it('an unknown option: exit 2 with a Vietnamese usage message', () => {
    const r = spawnCli(['validate', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: Tùy chọn không hợp lệ "--formt" (có phải ý bạn là --format?)\nXem: kehoach --help\n');
  });

  it('an unknown command and a bad --format value: exit 2', () => {
    expect(spawnCli(['valdate']).code).toBe(2);
    const r = spawnCli(['validate', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Giá trị không hợp lệ');
    expectNoStackTrace(r);
  });

  it('a bad --max-warnings value: exit 2', () => {
    const r = spawnCli(['validate', '--max-warnings', 'nhieu'], { cwd: makeRepo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-warnings cần một số nguyên');
  });

  it('a symlink loop in the tree does not hang or crash', () => {
    const dir = makeRepo({ 'a/p.yaml': 'kind: agencies\nid: a\nagencies: {}\n' });
    symlinkSync(dir, join(dir, 'a', 'loop'));
    const r = spawnCli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 văn bản');
  });

  it('an unreadable file: a schema/syntax error explaining the reason (what happened, what to do)', () => {
    const dir = makeRepo({ 'p.yaml': 'kind: agencies\nid: a\nagencies: {}\n' });
    chmodSync(join(dir, 'p.yaml'), 0o000);
    chmodSync(dir, 0o755);
    // root reads any file, so run as an unprivileged user where the test runs as root.
    const asNobody = typeof process.getuid === 'function' && process.getuid() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'validate', 'p.yaml'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, ...asNobody });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Không thể đọc tệp: không có quyền truy cập; hãy kiểm tra quyền của tệp/thư mục hoặc chọn chỗ khác (EACCES)');
    expectNoStackTrace({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
  });

  it('a huge file is refused without reading it', () => {
    const dir = makeRepo({});
    writeFileSync(join(dir, 'p.yaml'), 'kind: plan\n' + '# '.padEnd(1000, 'x').concat('\n').repeat(9000));
    const r = spawnCli(['validate', 'p.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Tệp quá lớn');
  });
});
