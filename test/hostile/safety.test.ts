// Issue 11, points 4, 7, 8, 9 (and the OS-error, full-temp-folder and UTF-16 messages of 10):
// each reproduced with the real executable, and passing now.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSafely, type WriteCalls } from '../../src/io/files.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { BIN, RULES_DOCS } from '../helpers.js';
import { expectClean, expectNoTempFiles, HEAP_FLAG, kehoach, minimalPlan, openDocx, repoWith } from './helpers.js';

const OLD = Buffer.from('the previous, complete document');

/** Mounts a tmpfs of `size` at a fresh folder, or says why it cannot (not root, no privilege). */
function tryTmpfs(size: string): { dir: string; unmount: () => void } | { reason: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: (r.stderr || String(r.error)).trim() };
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system of `dir` until fewer than `leave` bytes are free. */
function fill(dir: string, leave: number): void {
  const free = Number(execFileSync('df', ['--output=avail', '-B1', dir], { encoding: 'utf8' }).split('\n')[1].trim());
  if (free > leave) writeFileSync(join(dir, 'filler'), Buffer.alloc(free - leave));
}

const unmounts: (() => void)[] = [];
afterAll(() => unmounts.forEach((u) => u()));

describe('a full disk (issue 11.4): the old file intact, no temporary file, exit 2', () => {
  const calls = (perCall: number, failAfter: number): WriteCalls & { written: number } => {
    const state = {
      written: 0,
      writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (state.written >= failAfter) return 0;
        const n = Math.min(perCall, length, failAfter - state.written);
        state.written += execWrite(fd, buffer, offset, n);
        return n;
      },
      fsyncSync: () => undefined,
    };
    return state;
  };
  // The real write underneath, so that what reaches the disk is exactly what was "accepted".
  const execWrite = (fd: number, buffer: Uint8Array, offset: number, n: number): number => writeSync(fd, buffer, offset, n);

  it('partial writes are continued until every byte is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-write-'));
    const bytes = Buffer.alloc(100_000, 7);
    await writeFileSafely(join(dir, 'a.docx'), bytes, { lang: 'vi', calls: calls(4096, Infinity) });
    expect(readFileSync(join(dir, 'a.docx')).equals(bytes)).toBe(true);
    expectNoTempFiles(dir);
  });

  it('a write that stops short (fault injected): exit 2 with the disk explained, the old file unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-write-'));
    writeFileSync(join(dir, 'a.docx'), OLD);
    const attempt = writeFileSafely(join(dir, 'a.docx'), Buffer.alloc(100_000, 7), { lang: 'vi', shown: 'a.docx', calls: calls(4096, 10_000) });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow('Không ghi được tệp "a.docx": ổ đĩa không nhận hết dữ liệu (có thể đã đầy); hãy giải phóng dung lượng rồi chạy lại (ESHORTWRITE).');
    expect(readFileSync(join(dir, 'a.docx')).equals(OLD)).toBe(true);
    expectNoTempFiles(dir);
  });

  it('render on a nearly full disk (a small tmpfs; the injected fault above when mounting is not allowed)', async () => {
    const mounted = tryTmpfs('1m');
    if ('reason' in mounted) {
      // Never skipped silently: the same outcome is then shown through the injected fault.
      console.warn(`tmpfs not available (${mounted.reason}); the near-full disk is covered by the injected short write`);
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-write-'));
      writeFileSync(join(dir, 'p.docx'), OLD);
      await expect(writeFileSafely(join(dir, 'p.docx'), Buffer.alloc(50_000), { lang: 'vi', calls: calls(1000, 1000) })).rejects.toThrow(/ESHORTWRITE/);
      expect(readFileSync(join(dir, 'p.docx')).equals(OLD)).toBe(true);
      return;
    }
    unmounts.push(mounted.unmount);
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const target = join(mounted.dir, 'p.docx');
    writeFileSync(target, OLD);
    fill(mounted.dir, 4096);
    const r = kehoach(['render', 'plan.yaml', '-o', target], dir);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/^kehoach: Không ghi được tệp ".*p\.docx": ổ đĩa đã đầy; hãy giải phóng dung lượng rồi chạy lại \(ENOSPC\)\.\n$/);
    expect(readFileSync(target).equals(OLD)).toBe(true);
    expectNoTempFiles(mounted.dir);
    // With room again, the same command replaces it with the complete document.
    rmSync(join(mounted.dir, 'filler'));
    expectClean(kehoach(['render', 'plan.yaml', '-o', target], dir), 0);
    await openDocx(target);
  });
});

describe('--to pdf: temporary folders (issue 11.9 and 11.10)', () => {
  /** A fake LibreOffice that announces itself, then sleeps (it is interrupted before it converts). */
  function fakeSoffice(): string {
    const bin = mkdtempSync(join(tmpdir(), 'kehoach-fake-bin-'));
    writeFileSync(join(bin, 'soffice'), '#!/bin/sh\necho started > "$KEHOACH_FAKE_MARK"\nexec sleep 30\n');
    chmodSync(join(bin, 'soffice'), 0o755);
    return bin;
  }

  it('SIGINT while LibreOffice runs: no kehoach-pdf-*/kehoach-lo-* folder left, no output, killed by the signal', async () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const temp = mkdtempSync(join(tmpdir(), 'kehoach-private-tmp-'));
    const mark = join(dir, 'soffice-started');
    const child = spawn(process.execPath, [HEAP_FLAG, BIN, 'render', 'plan.yaml', '-o', 'p.pdf'], {
      cwd: dir,
      env: { PATH: `${fakeSoffice()}:${process.env.PATH ?? ''}`, TMPDIR: temp, KEHOACH_FAKE_MARK: mark },
    });
    const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal })));
    for (let i = 0; i < 300 && !existsSync(mark); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(mark)).toBe(true);
    expect(readdirSync(temp).sort().map((n) => n.replace(/-.{6}$/, ''))).toEqual(['kehoach-lo', 'kehoach-pdf']);
    child.kill('SIGINT');
    expect(await exited).toEqual({ status: null, signal: 'SIGINT' });
    expect(readdirSync(temp)).toEqual([]);
    expect(existsSync(join(dir, 'p.pdf'))).toBe(false);
    expectNoTempFiles(dir);
  });

  it('a temporary folder that cannot be used: exit 2 explained, not "lỗi nội bộ"', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const r = kehoach(['render', 'plan.yaml', '-o', 'p.pdf'], dir, { env: { TMPDIR: join(dir, 'no-such-folder') } });
    expectClean(r, 2);
    expect(r.stderr).toBe(
      `kehoach: Không dùng được thư mục tạm ${join(dir, 'no-such-folder')}: không có tệp hoặc thư mục này; hãy kiểm tra lại tên và đường dẫn (ENOENT). (Có thể chỉ định thư mục khác bằng biến TMPDIR.)\n`,
    );
    expect(existsSync(join(dir, 'p.pdf'))).toBe(false);
  });

  it('a full temporary folder: exit 2, "ổ đĩa đã đầy", nothing left in it', () => {
    const mounted = tryTmpfs('256k');
    if ('reason' in mounted) throw new Error(`tmpfs needed for the full temporary folder: ${mounted.reason}`);
    unmounts.push(mounted.unmount);
    fill(mounted.dir, 0);
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const r = kehoach(['render', 'plan.yaml', '-o', 'p.pdf'], dir, { env: { TMPDIR: mounted.dir } });
    expectClean(r, 2);
    expect(r.stderr).toContain('ổ đĩa đã đầy; hãy giải phóng dung lượng rồi chạy lại (ENOSPC)');
    expect(readdirSync(mounted.dir)).toEqual(['filler']);
  });
});

describe('what render may write (issue 11.4)', () => {
  it('-o over the plan itself: exit 2, the plan untouched', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const r = kehoach(['render', 'plan.yaml', '-o', 'plan.yaml'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: Tệp kết quả "plan.yaml" không có đuôi .docx, .pdf, .html, .md. Hãy đặt tên theo đúng định dạng, ví dụ -o ke-hoach.docx; chưa ghi gì.\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(minimalPlan());
  });

  it('--to md -o agencies.yaml: exit 2, the registry untouched', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan(), 'agencies.yaml': 'kind: agencies\nid: agencies\nagencies: {}\n' });
    const r = kehoach(['render', 'plan.yaml', '--to', 'md', '-o', 'agencies.yaml', '--lang', 'en'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: The output file "agencies.yaml" does not end in .md or .markdown (--to md). Name the output after its kind, e.g. -o plan.md; nothing was written.\n');
    expect(readFileSync(join(dir, 'agencies.yaml'), 'utf8')).toBe('kind: agencies\nid: agencies\nagencies: {}\n');
  });

  it('-o x.docx --to pdf: exit 2, nothing written', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    const r = kehoach(['render', 'plan.yaml', '-o', 'x.docx', '--to', 'pdf'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: Tệp kết quả "x.docx" không có đuôi .pdf (--to pdf). Hãy đặt tên theo đúng định dạng, ví dụ -o ke-hoach.pdf; chưa ghi gì.\n');
    expect(readdirSync(dir).sort()).toEqual(['kehoach.config.yaml', 'plan.yaml']);
  });

  it('--to is taken from the extension: -o p.md writes Markdown', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan() });
    expectClean(kehoach(['render', 'plan.yaml', '-o', 'p.md'], dir), 0);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toMatch(/^#|KẾ HOẠCH/m);
    expect(readFileSync(join(dir, 'p.md')).subarray(0, 2).toString()).not.toBe('PK');
  });

  it('an existing file of another kind (no extension), a folder, a link: exit 2, each untouched', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan(), notes: 'my notes\n' });
    mkdirSync(join(dir, 'folder.docx'));
    const outside = join(mkdtempSync(join(tmpdir(), 'kehoach-outside-')), 'real.docx');
    writeFileSync(outside, OLD);
    symlinkSync(outside, join(dir, 'link.docx'));
    const notes = kehoach(['render', 'plan.yaml', '-o', 'notes'], dir);
    expectClean(notes, 2);
    expect(notes.stderr).toBe('kehoach: "notes" đã có và không phải tệp DOCX; kehoach không thay thế nó. Hãy chọn tệp kết quả khác bằng -o; chưa ghi gì.\n');
    expect(readFileSync(join(dir, 'notes'), 'utf8')).toBe('my notes\n');
    const folder = kehoach(['render', 'plan.yaml', '-o', 'folder.docx'], dir);
    expectClean(folder, 2);
    expect(folder.stderr).toBe('kehoach: Không ghi được tệp "folder.docx": đây là một thư mục, không phải tệp; hãy chỉ ra một tệp (EISDIR).\n');
    const link = kehoach(['render', 'plan.yaml', '-o', 'link.docx'], dir);
    expectClean(link, 2);
    expect(link.stderr).toBe('kehoach: "link.docx" là một liên kết (symlink); kehoach không ghi qua liên kết. Hãy chỉ ra tệp thật hoặc một tệp khác.\n');
    expect(readFileSync(outside).equals(OLD)).toBe(true);
    expectNoTempFiles(dir);
  });
});

describe('files kehoach will not read (issue 11.8)', () => {
  it('validate x.yaml linking to /dev/zero: exit 2 at once, no 3 GB read', () => {
    const dir = repoWith({});
    symlinkSync('/dev/zero', join(dir, 'x.yaml'));
    const r = kehoach(['validate', 'x.yaml'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: "x.yaml" là một thiết bị (device), không phải tệp thường: kehoach chỉ đọc tệp YAML thường.\n');
  });

  it('a FIFO named .yaml: exit 2, no hang', () => {
    const dir = repoWith({});
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const r = kehoach(['validate', 'pipe.yaml'], dir);
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: "pipe.yaml" là một ống dẫn (FIFO), không phải tệp thường: kehoach chỉ đọc tệp YAML thường.\n');
  });

  it('validate /proc/version: exit 2, no loop, nothing written', () => {
    const r = kehoach(['validate', '/proc/version'], tmpdir());
    expectClean(r, 2);
    expect(r.stderr).toBe('kehoach: "/proc/version" là một tệp hệ thống (/proc/version), không phải văn bản kế hoạch: kehoach không đọc thư mục /proc, /sys, /dev.\n');
  });

  it('a UTF-16 file (Notepad\'s "Unicode"), with or without BOM: "save it as UTF-8", not "NUL bytes"', () => {
    const text = 'kind: agencies\nid: agencies\nagencies: {}\n';
    const dir = repoWith({
      'bom.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'nobom.yaml': Buffer.from(text, 'utf16le'),
      'big-endian.yaml': Buffer.from(text, 'utf16le').swap16(),
    });
    const r = kehoach(['validate', 'bom.yaml', 'nobom.yaml', 'big-endian.yaml', '--lang', 'en'], dir);
    expectClean(r, 1);
    const line = '  1:1  error  The file is saved as UTF-16 (Notepad calls it "Unicode"): save it again as UTF-8 (Notepad: Save As… → Encoding: UTF-8)  schema/syntax';
    expect(r.stdout).toBe(`big-endian.yaml\n${line}\n\nbom.yaml\n${line}\n\nnobom.yaml\n${line}\n\n✖ 3 problems (3 errors, 0 warnings, 0 info)\nWhat each rule means: ${RULES_DOCS}\n`);
  });
});

describe('terminal safety (issue 11.7)', () => {
  const EVIL = 'x\n::error file=evil.yaml::PWNED.yaml';
  const OWN_ANNOTATION = /^::(error|warning|notice) file=[^\n:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+\/[a-z-]+::/;

  it('a file name with a newline and a workflow command: no line of any format starts a command but kehoach\'s own', () => {
    const dir = repoWith({ [EVIL]: 'kind: plan\nid: [\n', 'ctl\u001b[31m.yaml': 'kind: plan\n\tid: x\n' });
    for (const format of ['github', 'stylish', 'json', 'sarif', 'junit']) {
      const r = kehoach(['validate', '--format', format], dir, { env: { GITHUB_ACTIONS: 'true' } });
      expectClean(r, 1);
      const out = r.stdout + r.stderr;
      for (const line of out.split('\n')) {
        if (line.startsWith('::')) expect(line, format).toMatch(OWN_ANNOTATION);
        expect(line.trimStart().startsWith('::error file=evil'), format).toBe(false);
      }
      expect(out, format).not.toContain('\u001b');
    }
    const stylish = kehoach(['validate'], dir).stdout;
    expect(stylish).toContain('x\\n::error file=evil.yaml::PWNED.yaml\n');
    expect(stylish).toContain('ctl\\x1b[31m.yaml\n');
  });
});

describe('--jobs (issue 11.9)', () => {
  it('--jobs 64 is capped at the CPU count, said on stderr, and the run is the same', () => {
    const dir = repoWith({ 'plan.yaml': minimalPlan(), 'b/plan.yaml': minimalPlan().replace(/^id: .*$/m, 'id: other-plan') });
    const capped = kehoach(['validate', '--jobs', '64', '--no-cache'], dir);
    const plain = kehoach(['validate', '--jobs', '1', '--no-cache'], dir);
    expect(capped.status).toBe(plain.status);
    expect(capped.stdout).toBe(plain.stdout);
    const cpus = Number(execFileSync(process.execPath, ['-p', 'require("os").availableParallelism()'], { encoding: 'utf8' }));
    expect(capped.stderr).toBe(`kehoach: --jobs 64 nhiều hơn số CPU của máy (${cpus}); dùng ${cpus}.\n`);
  });
});
