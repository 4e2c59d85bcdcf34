// validate --watch (spec/editor.md): the real executable, spawned; a changed file is reported
// again within 2 s, a dependant of a changed registry too; Ctrl-C (SIGINT) exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENCIES, BIN, makeRepo } from '../helpers.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The CLI in watch mode, with a way to wait for its output to contain a text. */
function startWatch(dir: string) {
  const child = spawn(process.execPath, [BIN, 'validate', '--watch', '.'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const waitFor = async (which: 'stdout' | 'stderr', text: string, withinMs: number) => {
    const start = Date.now();
    while (!(which === 'stdout' ? stdout : stderr).includes(text)) {
      if (Date.now() - start > withinMs) throw new Error(`no "${text}" within ${withinMs} ms; stdout:\n${stdout}\nstderr:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return Date.now() - start;
  };
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, waitFor, exit, out: () => stdout, err: () => stderr };
}

describe('validate --watch', () => {
  it('reports a changed file again within 2 s, and exits 0 on Ctrl-C', async () => {
    // The doubled space is on line 7, column 11.
    const plan = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\npurpose:\n  aims:\n    - "Hai  cách."\n';
    const dir = makeRepo({ 'p.yaml': plan });
    const w = startWatch(dir);
    await w.waitFor('stderr', 'đang theo dõi thay đổi (Ctrl-C để dừng)', 15_000);
    expect(w.out()).toContain('7:11  thông tin  Hai khoảng trắng liền nhau: "Hai  cách."  text/whitespace');

    writeFileSync(join(dir, 'p.yaml'), plan.replace('Hai  cách', 'Hai cách'));
    const took = await w.waitFor('stdout', '✔ 1 văn bản, không có vấn đề nào', 2_000);
    expect(took).toBeLessThan(2_000);
    expect(w.err()).toContain('kehoach: đã thay đổi: p.yaml');

    w.child.kill('SIGINT');
    expect(await w.exit).toBe(0);
  }, 30_000);

  it('re-checks a plan when the registry it depends on changes; its cache and dot-folders do not trigger runs', async () => {
    const plan = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\ntasks:\n  items:\n    - { id: "1", title: Việc, lead: sgd }\n';
    const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plans/p.yaml': plan });
    const w = startWatch(dir);
    await w.waitFor('stderr', 'Ctrl-C', 15_000);
    expect(w.out()).toContain('ref/agency');
    const runs = () => w.out().split('\n').filter((l) => l.startsWith('✖') || l.startsWith('✔')).length;
    await new Promise((r) => setTimeout(r, 500));
    expect(runs()).toBe(1); // writing .kehoach-cache/ did not start another run

    writeFileSync(join(dir, 'agencies.yaml'), AGENCIES + '  sgd: { name: Sở Giao dịch }\n');
    await w.waitFor('stdout', '✔ 2 văn bản, không có vấn đề nào', 2_000);
    expect(w.err()).toContain('kehoach: đã thay đổi: agencies.yaml');
    w.child.kill('SIGINT');
    expect(await w.exit).toBe(0);
  }, 30_000);
});
