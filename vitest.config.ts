import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The end-to-end suites start real bot processes; two cores are better spent one file at a time.
    fileParallelism: false,
  },
});
