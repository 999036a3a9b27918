/**
 * End-to-end tests of the web interface against the real server (see e2e/support/globalSetup.ts):
 * Debian's Chromium, one worker, no retries. Results also go to .cache/playwright/results.json,
 * which scripts/test.mjs reads for the test count.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  testDir: './e2e/specs',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/globalSetup.ts',
  outputDir: `${repo}.cache/playwright/test-results`,
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: `${repo}.cache/playwright/results.json` }]],
  use: {
    browserName: 'chromium',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
});
