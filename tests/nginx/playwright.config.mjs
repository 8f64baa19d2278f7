// The release served as the district serves it: Debian's nginx with deploy/self-check.nginx.conf,
// started by the tests themselves (tests/nginx/nginx.mjs), driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { debianChromium } from '../e2e/playwright.config.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../../test-results/nginx',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: debianChromium,
  },
});
