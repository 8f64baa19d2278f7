// End-to-end tests against the built dist/, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.E2E_PORT || 4173);

/** Debian's Chromium, never a downloaded browser, with the flags a closed network needs. */
export const debianChromium = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  globalSetup: './global-setup.mjs',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: debianChromium,
  },
  webServer: {
    command: 'node tests/e2e/serve.mjs',
    cwd: projectRoot,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
  },
});
