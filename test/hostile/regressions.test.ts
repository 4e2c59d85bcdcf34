// Every input the fuzzer ever crashed on (test/hostile/regressions/<seed>.yaml) is validated
// again on every run: no exception, every diagnostic placed. Validated as a plan file next to
// the examples' agencies and directives, as the fuzzer did.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { crashOf, fuzzRepo } from './fuzz-lib.js';

const DIR = join(ROOT, 'test/hostile/regressions');
const files = readdirSync(DIR).filter((n) => n.endsWith('.yaml')).sort();

describe('fuzz regressions', () => {
  it('the folder is there (it holds the crashes found so far)', () => {
    expect(readdirSync(DIR)).toContain('README.md');
  });

  const { dir, context } = fuzzRepo();
  it.each(files)('%s', (name) => {
    expect(crashOf(dir, context, `regression-${name}`, readFileSync(join(DIR, name)))).toBeUndefined();
  });
});
