// Shared by the hostile-input tests (issue 8): run the real executable with a small heap, check
// that nothing leaked a stack trace, and that a render target is either absent or a complete
// DOCX whose XML parses.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { BIN, makeRepo, ROOT } from '../helpers.js';

export const CORPUS = join(ROOT, 'test/hostile/corpus');
export const MINIMAL = join(ROOT, 'test/fixtures/render/minimal');

/** A heap this small turns a blow-up into a crash (exit 134), never into a slow pass. */
export const HEAP_FLAG = '--max-old-space-size=256';

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** root reads and writes anything: unreadable/unwritable cases run as `nobody` then. */
export const asNobody: Pick<SpawnSyncOptions, 'uid' | 'gid'> = runningAsRoot ? { uid: 65534, gid: 65534 } : {};

export function kehoach(args: string[], cwd: string, opts: { nobody?: boolean; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [HEAP_FLAG, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.nobody ? asNobody : {}),
  });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The exact exit status, and nothing that betrays a crash: stack, JS error names, heap death. */
export function expectClean(r: Run, status: 0 | 1 | 2): void {
  const out = r.stdout + r.stderr;
  expect(r.signal, out).toBeNull();
  expect(r.status, out).toBe(status);
  expect(out).not.toMatch(/\n\s+at /);
  expect(out).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError|FATAL ERROR|heap out of memory/);
  expect(out).not.toMatch(/lỗi nội bộ|Lỗi nội bộ|internal error/);
}

/** A repository holding the minimal plan's config and the given files. */
export function repoWith(files: Record<string, string | Buffer>): string {
  return makeRepo({ 'kehoach.config.yaml': readFileSync(join(MINIMAL, 'kehoach.config.yaml')), ...files });
}

export const minimalPlan = (): string => readFileSync(join(MINIMAL, 'plan.yaml'), 'utf8');
export const corpus = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');

/** Nothing of a render is left beside the target but the target itself. */
export function expectNoTempFiles(folder: string): void {
  expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

/** XML 1.0 §2.2 Char, applied to the decoded text of a part. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export interface OpenedDocx {
  document: Document;
  /** The text of every paragraph of word/document.xml, in order. */
  paragraphs: string[];
  xml: string;
  core: string;
}

/** Unzips the package and parses document.xml and core.xml strictly: any parser complaint fails. */
export async function openDocx(path: string): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = async (name: string): Promise<string> => {
    const file = zip.file(name);
    expect(file, `${name} in the package`).not.toBeNull();
    return (file as JSZip.JSZipObject).async('string');
  };
  const complaints: string[] = [];
  const parse = (xml: string): Document =>
    new DOMParser({ onError: (level, message) => complaints.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  const xml = await part('word/document.xml');
  const core = await part('docProps/core.xml');
  const document = parse(xml);
  parse(core);
  expect(complaints).toEqual([]);
  expect(XML_ILLEGAL.test(xml)).toBe(false);
  expect(XML_ILLEGAL.test(core)).toBe(false);
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paragraphs = Array.from(document.getElementsByTagNameNS(W, 'p')).map((p) =>
    Array.from(p.getElementsByTagNameNS(W, 't'))
      .map((t) => t.textContent ?? '')
      .join(''),
  );
  return { document, paragraphs, xml, core };
}

/** The target is absent, or a complete DOCX that opens. */
export async function expectAbsentOrValidDocx(path: string): Promise<void> {
  if (existsSync(path)) await openDocx(path);
}

/** A temp folder `nobody` can enter and read (makeRepo's mkdtemp is 0700). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
}

/** Spawns render and resolves once it has paused before the rename (KEHOACH_TEST_PAUSE_BEFORE_RENAME). */
export function spawnPausedRender(args: string[], cwd: string): Promise<{ pid: number; stop: (signal: NodeJS.Signals) => Promise<Run> }> {
  const child = spawn(process.execPath, [HEAP_FLAG, BIN, 'render', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', KEHOACH_TEST_PAUSE_BEFORE_RENAME: '60000' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<Run>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (stderr.includes('paused-before-rename')) {
        resolve({
          pid: child.pid ?? -1,
          stop: (signal) => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((r) => reject(new Error(`render exited before pausing: ${r.stderr}`)));
  });
}
