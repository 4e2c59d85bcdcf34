// `kehoach render` as a user runs it (spec/cli.md "Render"): refusal of a plan with errors,
// --draft, default output name, lookup by id, atomic replacement of an existing file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { buildDist } from '../helpers.js';
import { all, openPackage, ROOT, SON_LA, textOf, wAttr } from './helpers.js';

const BIN = join(ROOT, 'bin/kehoach.js');
const BROKEN = join(ROOT, 'test/fixtures/render/broken/plan.yaml');
let work: string;

function kehoach(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: work, env: { ...process.env, ...env }, encoding: 'utf8' });
}

beforeAll(() => {
  // bin/kehoach.js runs the compiled dist/: build it from the sources under test.
  buildDist();
  work = mkdtempSync(join(tmpdir(), 'kehoach-render-cli-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kehoach render', () => {
  it('writes <plan id>.docx in the current folder and prints its path', () => {
    const run = kehoach(['render', SON_LA]);
    expect(run.status, run.stderr).toBe(0);
    const target = join(work, 'son-la-93-kh-ubnd-2023.docx');
    expect(run.stdout.trim()).toBe(target);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('finds a plan by id in the repository given with --repo, with identical bytes under another TZ', () => {
    const a = kehoach(['render', 'son-la-93-kh-ubnd-2023', '--repo', join(ROOT, 'examples'), '-o', 'a.docx'], { TZ: 'Asia/Tokyo' });
    const b = kehoach(['render', SON_LA, '-o', 'b.docx'], { TZ: 'America/Los_Angeles' });
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(readFileSync(join(work, 'a.docx')).equals(readFileSync(join(work, 'b.docx')))).toBe(true);
  });

  it('refuses a plan with errors: exit 1, the diagnostics on stderr, no file', () => {
    const run = kehoach(['render', BROKEN, '-o', 'broken.docx']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('indicator/no-lead');
    expect(run.stderr).toContain('--draft');
    expect(existsSync(join(work, 'broken.docx'))).toBe(false);
  });

  it('renders it with --draft, marked DỰ THẢO, with the clerk\'s blanks for number and day', async () => {
    const run = kehoach(['render', BROKEN, '--draft', '-o', 'draft.docx']);
    expect(run.status, run.stderr).toBe(0);
    const pkg = await openPackage(readFileSync(join(work, 'draft.docx')));
    const texts = all(pkg.document, 'p').map(textOf);
    expect(texts).toContain('DỰ THẢO');
    expect(texts).toContain('Số:      /KH-UBND');
    expect(texts).toContain('Thử Nghiệm, ngày     tháng     năm 2024');
    // Boxed: a border on all four sides of its paragraph, at the top of the first page.
    const mark = all(pkg.document, 'p').find((p) => textOf(p) === 'DỰ THẢO');
    const borders = all(mark as Element, 'pBdr')[0];
    for (const side of ['top', 'left', 'bottom', 'right']) expect(wAttr(all(borders, side)[0], 'val')).toBe('single');
    expect(all(pkg.document, 'p').indexOf(mark as Element)).toBe(0);
    const core = await pkg.xml('docProps/core.xml');
    expect(core.getElementsByTagName('dcterms:created')[0].textContent).toBe('2024-01-01T00:00:00Z');
  });

  it('says in Vietnamese how to install LibreOffice when soffice is missing (exit 2)', () => {
    const run = kehoach(['render', SON_LA, '--to', 'pdf', '-o', 'x.pdf'], { KEHOACH_SOFFICE: join(work, 'no-such-soffice') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sudo apt-get install libreoffice-writer');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'x.pdf'))).toBe(false);
  });

  it('reports an unknown plan id with exit 2 and no stack trace', () => {
    const run = kehoach(['render', 'son-la-93-kh-ubnd-2032', '--repo', join(ROOT, 'examples')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('son-la-93-kh-ubnd-2023');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an interrupted render', () => {
  const OLD = Buffer.from('the previous, complete document');

  it('killed just before the rename leaves the existing file byte-identical', async () => {
    const target = join(work, 'existing.docx');
    writeFileSync(target, OLD);
    const child = spawn(process.execPath, [BIN, 'render', SON_LA, '-o', target], {
      cwd: work,
      env: { ...process.env, KEHOACH_TEST_PAUSE_BEFORE_RENAME: '60000' },
    });
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('paused-before-rename')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited before pausing: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(target).equals(OLD)).toBe(true);
  });

  it('killed at any moment leaves either the old file or the complete new one', async () => {
    const target = join(work, 'raced.docx');
    const complete = (() => {
      const run = kehoach(['render', SON_LA, '-o', 'complete.docx']);
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(join(work, 'complete.docx'));
    })();
    for (const delay of [0, 100, 250, 400, 550, 700, 900]) {
      writeFileSync(target, OLD);
      const child = spawn(process.execPath, [BIN, 'render', SON_LA, '-o', target], { cwd: work });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(target);
      expect(now.equals(OLD) || now.equals(complete), `after ${delay} ms`).toBe(true);
      if (now.equals(complete)) await JSZip.loadAsync(now);
    }
    // Nothing but the leftover temporary files of killed runs sits beside the target.
    for (const name of readdirSync(work)) expect(name.endsWith('.tmp') ? name.startsWith('.raced.docx.') || name.startsWith('.existing.docx.') : true).toBe(true);
  });
});
