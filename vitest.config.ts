import { configDefaults, defineConfig } from 'vitest/config';

/** The rule tests: in memory (test/rule-tester.ts), one file per rule. */
const RULE_TESTS = ['test/rules/**/*.test.ts', 'test/rule-tester.test.ts'];

export default defineConfig({
  test: {
    // One temporary folder for the run, removed at its end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The PDF tests start LibreOffice; two cores are shared with the rest of the suite.
    pool: 'forks',
    projects: [
      {
        extends: true,
        // Loading the rules (their word lists) costs about a second; a rule test then takes
        // milliseconds. Run without isolation, the rule test files of a worker share one load
        // instead of paying it fifty times. They keep no state between runs: each builds its own
        // repository from text.
        test: { name: 'rules', include: RULE_TESTS, isolate: false },
      },
      {
        extends: true,
        test: { name: 'cli, render and the rest', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...RULE_TESTS] },
      },
    ],
  },
});
