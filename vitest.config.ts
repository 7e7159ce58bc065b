import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    // UPDATE=1 rewrites expected files (toMatchFileSnapshot); review them in the diff.
    update: process.env.UPDATE === '1',
  },
});
