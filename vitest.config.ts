import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', '*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn servers and agents: keep parallelism to the 2 cores.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
