// Three engines through one protocol, W3C WebDriver (selenium-webdriver): Debian's Chromium with
// chromedriver, Firefox ESR with geckodriver (from crates.io), WebKitGTK's MiniBrowser with
// WebKitWebDriver. Each driver is started here on a port of its own; nothing is downloaded.
import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built app: $DIST, or dist/ (what scripts/test builds). */
export const DIST = resolve(process.env.DIST || fileURLToPath(new URL('../../dist/', import.meta.url)));

const geckodriver = [process.env.GECKODRIVER, join(homedir(), '.cargo/bin/geckodriver'), '/usr/bin/geckodriver']
  .find((path) => path && existsSync(path));

export const ENGINES = {
  chromium: {
    driver: (port) => ['/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
      },
    }),
  },
  firefox: {
    driver: (port) => [geckodriver, ['--port', String(port), '--binary', '/usr/bin/firefox-esr']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'zh-CN', 'app.update.auto': false, 'browser.shell.checkDefaultBrowser': false },
      },
    }),
  },
  webkit: {
    // MiniBrowser has no headless mode: the runner starts it under xvfb-run.
    display: true,
    driver: (port) => ['/usr/bin/WebKitWebDriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Starts `engine`'s WebDriver server on `port`; resolves once it answers /status. */
export async function startDriver(engine, port) {
  const [command, args] = ENGINES[engine].driver(port);
  if (!command || !existsSync(command)) throw new Error(`${engine}: no WebDriver server (${command}); run scripts/setup`);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`${url}/status`)).ok) {
        return { url, stop: () => child.kill(), log: () => log };
      }
    } catch { /* not yet */ }
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  child.kill();
  throw new Error(`${engine}: ${command} did not start: ${log}`);
}

/** A new browser session (a fresh profile: no storage, no worker) of `engine`. */
export async function newSession(engine, driverUrl) {
  const driver = await new Builder().usingServer(driverUrl).withCapabilities(ENGINES[engine].capabilities()).build();
  await driver.manage().setTimeouts({ implicit: 5_000, script: 20_000, pageLoad: 30_000 });
  await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  return driver;
}

/** A static server of a folder (dist/ by default): the end-to-end tests' own. */
export { serveFolder } from '../e2e/serve.mjs';
