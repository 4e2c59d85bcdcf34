// The progress line of `validate` (spec/cli.md): on a terminal's stderr only, after about a
// second, at most ~10 redraws a second, erased at the end. A fake clock makes it exact.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { makeRepo } from '../helpers.js';

const CLEAR = '\r\x1b[K';
const FILES = 50;

const files: Record<string, string> = {};
for (let i = 1; i <= FILES; i++) {
  files[`agencies/a-${String(i).padStart(2, '0')}.yaml`] = `kind: agencies\nid: a-${i}\nagencies:\n  s${i}: { name: Sở số ${i} }\n`;
}
const dir = makeRepo(files);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs validate with a clock that advances `step` ms at every reading. */
async function run(isStderrTTY: boolean, step: number): Promise<{ code: number; stdout: string; stderr: string; readings: number }> {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  let readings = 0;
  const io: CliIO = {
    cwd: dir,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    isStderrTTY,
    now: () => {
      readings++;
      return (clock += step);
    },
  };
  const code = await main(['validate', '--format', 'json', '.'], io);
  return { code, stdout, stderr, readings };
}

describe('validate progress line', () => {
  it('on a TTY: nothing in the first second, then at most one line per 100 ms, erased at the end', async () => {
    const r = await run(true, 50);
    // Reading 0 is the start (t=50); reading k+1 follows file k (t=50(k+1)). File k is drawn
    // when 50k >= 1000 and 100 ms have passed since the last line: k = 20, 22, … 50.
    const expected: string[] = [];
    for (let k = 20; k <= FILES; k += 2) expected.push(`${CLEAR}Đang kiểm tra ${k}/${FILES} tệp…`);
    expect(r.stderr).toBe(expected.join('') + CLEAR);
    expect(r.readings).toBe(FILES + 1);
    // The report itself is untouched by the progress line.
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, documents: FILES });
  });

  it('groups thousands the Vietnamese way', async () => {
    const { progressLine } = await import('../../src/cli/progress.js');
    expect(progressLine(1234, 10000, 'vi')).toBe('Đang kiểm tra 1.234/10.000 tệp…');
    expect(progressLine(1234, 10000, 'en')).toBe('Checking 1,234/10,000 files…');
  });

  it('a run under a second draws nothing, even on a TTY', async () => {
    const r = await run(true, 1);
    expect(r.stderr).toBe('');
  });

  it('never when stderr is not a TTY, and the clock is not even read', async () => {
    const r = await run(false, 50);
    expect(r.stderr).toBe('');
    expect(r.readings).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, documents: FILES });
  });
});
