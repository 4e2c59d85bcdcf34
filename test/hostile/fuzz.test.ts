// Seeded fuzzing (issue 8): 1,000 mutated examples in `npm test`, 10,000 with `npm run fuzz`
// (KEHOACH_FUZZ_CASES=10000). A crash — any exception out of validate, or a diagnostic without
// a line and column — fails the run and writes the input to test/hostile/regressions/<seed>.yaml,
// which regressions.test.ts then replays on every run. KEHOACH_FUZZ_SEED moves the window of seeds.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { crashOf, exampleFiles, fuzzRepo, makeCase, mulberry32 } from './fuzz-lib.js';

const CASES = Number(process.env.KEHOACH_FUZZ_CASES ?? 1000);
const FIRST_SEED = Number(process.env.KEHOACH_FUZZ_SEED ?? 1);

it('mulberry32 is reproducible', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const first = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(first);
  expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(new Set(first).size).toBe(3);
});

it(`${CASES} mutated examples: no crash, every diagnostic placed`, { timeout: Math.max(60_000, CASES * 100) }, () => {
  expect(Number.isInteger(CASES) && CASES > 0).toBe(true);
  const files = exampleFiles();
  expect(files.length).toBeGreaterThanOrEqual(5);
  const { dir, context } = fuzzRepo();
  const crashes: string[] = [];
  for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
    const c = makeCase(seed, files);
    const crash = crashOf(dir, context, basename(c.from), c.bytes);
    if (crash) {
      const path = join(ROOT, 'test/hostile/regressions', `${seed}.yaml`);
      writeFileSync(path, c.bytes);
      crashes.push(`seed ${seed} (${c.from}: ${c.steps.join(', ')}) → ${path}\n${crash}`);
    }
  }
  expect(crashes).toEqual([]);
});
