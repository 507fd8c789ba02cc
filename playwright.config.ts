import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded browser; SOHOA_CHROMIUM points elsewhere if needed.
const executablePath = process.env.SOHOA_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
  },
});
