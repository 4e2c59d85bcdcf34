// Each worker thread is given a heap limit (pipeline/engine.ts workerHeapMb) so that V8
// collects before a large run's memory runs away. A worker that needs more than it was given
// must not fail the run: the engine does that step again in its own thread, and what validate
// reports is exactly the one-thread report. Runs the built engine (workers run compiled modules).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../../scripts/bench/generate.js';

// The built engine, typed by its source.
const built = '../../dist/pipeline/engine.js';
const { validateRepository, workerHeapMb, youngGenerationMb } = (await import(built)) as typeof import('../../src/pipeline/engine.js');

describe('worker threads with a heap limit', () => {
  it('redo a step in the main thread when a worker runs out of heap, with the one-thread diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-worker-heap-'));
    const files = generateRepository(dir, 30);
    // Something to report: a wrong citation date and a duplicate id.
    writeFileSync(files[5], readFileSync(files[5], 'utf8').replace('ngày 25/12/2023', 'ngày 25/12/2013'));
    writeFileSync(files[3], readFileSync(files[3], 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-00004'));
    const request = { paths: [dir], cwd: dir, lang: 'vi' as const };
    const one = await validateRepository(request, { workers: 1 });
    expect(one.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['citation/date', 'doc/duplicate-id']));
    // 16 MB: no worker can even load the rules in that (measured: 64 MB is not enough either).
    const starved = await validateRepository(request, { workers: 2, minFiles: 2, workerHeapMb: 16 });
    expect(starved.diagnostics).toEqual(one.diagnostics);
    // And with the heap the engine gives: the same again.
    const given = await validateRepository(request, { workers: 2, minFiles: 2 });
    expect(given.diagnostics).toEqual(one.diagnostics);
  });

  it('gives a worker room for what it holds at once and for what it knows of every file', () => {
    expect(workerHeapMb(0, 0)).toBe(192);
    // A streamed batch (BATCH_SIZE, one plan) in a repository of 10,000 and of 100,000 files.
    expect(workerHeapMb(1, 10000)).toBe(232);
    expect(workerHeapMb(1, 100000)).toBe(583);
    // Half of a repository of 100 held whole (WHOLE_UP_TO).
    expect(workerHeapMb(50, 100)).toBe(205);
  });

  it('gives a larger young generation where the peak has room for it (not at 100,000 files)', () => {
    expect(youngGenerationMb(10000)).toBe(32);
    expect(youngGenerationMb(100000)).toBe(8);
  });
});
