import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The PDF tests start LibreOffice; two cores are shared with the rest of the suite.
    pool: 'forks',
  },
});
