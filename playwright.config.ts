import { defineConfig } from '@playwright/test';

// Browser-mode e2e drives Debian's Chromium (no Playwright browser download on our machines);
// the electron project needs a real Electron binary and skips itself, saying so, where none exists.
const chromium = process.env.BBT_CHROMIUM ?? '/usr/bin/chromium';
const inCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: inCI ? 1 : 0,
  forbidOnly: inCI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e',
      testIgnore: ['electron/**'],
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1440, height: 900 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        }
      }
    },
    {
      name: 'electron',
      testDir: 'e2e/electron'
    }
  ]
});
