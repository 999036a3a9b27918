/**
 * The browser benchmarks of the web interface (e2e/bench/*.bench.ts), run by `npm run bench`
 * (packages/server/src/bench/modelerBenchmark.ts) against the same real server as the end-to-end
 * tests (e2e/support/globalSetup.ts). Each spec writes its figures as JSON to the file named by
 * EFILE_BENCH_OUT; the specs launch Debian's Chromium themselves.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  testDir: './e2e/bench',
  testMatch: '**/*.bench.ts',
  globalSetup: './e2e/support/globalSetup.ts',
  outputDir: `${repo}.cache/playwright/bench-results`,
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  // bundling the bare page and the runs themselves take minutes, not seconds
  timeout: 15 * 60_000,
  reporter: [['list']],
});
