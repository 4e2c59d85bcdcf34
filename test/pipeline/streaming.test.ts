// Streaming must not change what validate reports: a repository checked in batches, with the
// documents outside the context and the batch held as their headers only, gives exactly the
// diagnostics of the repository held in memory whole — on the examples, on every fixture
// repository, and on a generated repository with mistakes planted where batches meet (a plan
// that is another plan's parent, a duplicate id, a wrong citation). And the memory bound the
// engine promises holds: never more documents in full at once than the context and one batch.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../../scripts/bench/generate.js';
import { validateRepositoryInThread } from '../../src/pipeline/engine.js';
import { ResultCache } from '../../src/pipeline/result-cache.js';
import { ROOT } from '../helpers.js';

/** A copy of `source` in a folder of its own: validated from there, it is a repository of its own. */
function repositoryOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-streaming-'));
  cpSync(join(ROOT, source), join(dir, 'repo'), { recursive: true });
  return join(dir, 'repo');
}

function compare(dir: string) {
  const whole = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: Infinity });
  // One document per batch: every cross-document rule meets documents held as headers.
  const streamed = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: 0, batchSize: 1 });
  expect(streamed.diagnostics).toEqual(whole.diagnostics);
  expect(streamed.files).toEqual(whole.files);
  return { whole, streamed };
}

const FIXTURE_REPOSITORIES = ['examples', 'test/fixtures', 'test/fixtures/office/lam-dong', 'test/fixtures/render/broken', 'test/fixtures/render/minimal', 'test/fixtures/seeds/son-la-as-published'];

describe('validate streaming vs all in memory', () => {
  it.each(FIXTURE_REPOSITORIES)('gives the same diagnostics on %s', (source) => {
    const { whole, streamed } = compare(repositoryOf(source));
    // Every header read from header lines alone is the plan's own (each would cost a second check).
    if (source === 'examples') expect(streamed.headersCorrected).toBe(0);
    expect(whole.documents).toBeGreaterThan(0);
    // The streamed run really held fewer documents in full than the whole repository.
    expect(streamed.peakFullDocuments).toBeLessThanOrEqual(streamed.repo.documents.length + 1);
  });

  it('gives the same diagnostics on a generated repository with mistakes planted across batches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-streaming-'));
    const files = generateRepository(dir, 30);
    // A plan that is another plan's parent, a broken plan, a duplicate id and a wrong citation date.
    writeFileSync(files[1], readFileSync(files[1], 'utf8').replace('parent: chi-thi-28-ct-tw', `parent: ke-hoach-00000`));
    writeFileSync(files[2], readFileSync(files[2], 'utf8').replace('title:', 'titel:'));
    writeFileSync(files[3], readFileSync(files[3], 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-00004'));
    writeFileSync(files[5], readFileSync(files[5], 'utf8').replace('ngày 25/12/2023', 'ngày 25/12/2013'));
    const { whole, streamed } = compare(dir);
    // The plan without a title has no header either way: nothing to correct.
    expect(streamed.headersCorrected).toBe(0);
    const rules = new Set(whole.diagnostics.map((d) => d.rule));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['citation/date', 'doc/duplicate-id', 'schema/unknown-key', 'parent/task-not-covered']));

    // Streamed with the cache: filling it, reading it back, and after a change to one plan.
    const env = { KEHOACH_CACHE_HOME: mkdtempSync(join(tmpdir(), 'kehoach-streaming-key-')) };
    const cached = () => {
      const cache = ResultCache.open(dir, 'test', env, 'vi', (m) => expect.fail(m));
      return validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: 0, batchSize: 4, cache });
    };
    expect(cached().diagnostics).toEqual(whole.diagnostics);
    // Read back, the cache's headers of the directive, the agencies and the parent plan are
    // confirmed by those documents read in full: nothing is checked a second time.
    const warm = cached();
    expect(warm.diagnostics).toEqual(whole.diagnostics);
    expect(warm.headersCorrected).toBe(0);
    writeFileSync(files[7], readFileSync(files[7], 'utf8').replace('title:', 'titel:'));
    const changed = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: Infinity }).diagnostics;
    expect(changed.length).toBeGreaterThan(whole.diagnostics.length);
    const afterChange = cached();
    expect(afterChange.diagnostics).toEqual(changed);
    expect(afterChange.headersCorrected).toBe(0);
  });
});

describe('headers read from header fields alone when streaming', () => {
  it('are confirmed by the plan read in full, and a run whose header was wrong is checked again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-streaming-'));
    const files = generateRepository(dir, 12);
    // Plan 0's header lines read well, its last line does not parse: read in full it has no
    // header at all. Plan 1 names it as its parent (so it is context when its header counts).
    writeFileSync(files[0], `${readFileSync(files[0], 'utf8')}annexes: [\n`);
    writeFileSync(files[1], readFileSync(files[1], 'utf8').replace('parent: chi-thi-28-ct-tw', 'parent: ke-hoach-00000'));
    const { whole, streamed } = compare(dir);
    expect(whole.diagnostics.filter((d) => d.file === 'plans/0/ke-hoach-00000.yaml').map((d) => d.rule)).toContain('schema/syntax');
    expect(streamed.headersCorrected).toBe(1);
    expect(whole.headersCorrected).toBe(0);
  });

  it('are not used for a run that checks only some plans (they could not all be confirmed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-streaming-'));
    const files = generateRepository(dir, 12);
    writeFileSync(files[0], `${readFileSync(files[0], 'utf8')}annexes: [\n`);
    writeFileSync(files[1], readFileSync(files[1], 'utf8').replace('parent: chi-thi-28-ct-tw', 'parent: ke-hoach-00000'));
    const request = { paths: [files[1]], cwd: dir, repo: dir, lang: 'vi' as const };
    const streamed = validateRepositoryInThread(request, { wholeUpTo: 0, batchSize: 1 });
    expect(streamed.diagnostics).toEqual(validateRepositoryInThread(request, { wholeUpTo: Infinity }).diagnostics);
    expect(streamed.headersCorrected).toBe(0);
  });
});

describe('the memory bound of streaming', () => {
  it('never holds more documents in full than the context and one batch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-streaming-'));
    const files = generateRepository(dir, 60);
    // Two plans are parents of others: they join the context (with the directive and the agencies).
    writeFileSync(files[10], readFileSync(files[10], 'utf8').replace('parent: chi-thi-28-ct-tw', `parent: ke-hoach-00000`));
    writeFileSync(files[40], readFileSync(files[40], 'utf8').replace('parent: chi-thi-28-ct-tw', `parent: ke-hoach-00020`));
    const streamed = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: 0, batchSize: 8 });
    const whole = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi' }, { wholeUpTo: Infinity });
    expect(streamed.documents).toBe(62);
    // At the end only the context is held in full: the directive, the agencies and the two parents.
    expect(streamed.repo.documents.map((d) => d.file).sort()).toEqual(['agencies.yaml', 'directive.yaml', 'plans/0/ke-hoach-00000.yaml', 'plans/0/ke-hoach-00020.yaml']);
    expect(streamed.peakFullDocuments).toBe(4 + 8);
    // Held whole, every document is in memory at once.
    expect(whole.peakFullDocuments).toBe(62);
    expect(streamed.diagnostics).toEqual(whole.diagnostics);
  });
});
