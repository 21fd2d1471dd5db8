import { defineConfig } from 'vitest/config';

// In CI a JSON report is written too, so .ci/run can print exact counts.
const ciReporters: [string, Record<string, unknown>][] = process.env['CI'] ? [['json', { outputFile: 'test-results.json' }]] : [];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', '*/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn servers and agents: keep parallelism to the 2 cores.
    maxWorkers: 2,
    reporters: ['default', ...ciReporters],
  },
});
