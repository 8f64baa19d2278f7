// After one visit the self-check opens with no network at all: the service worker keeps exactly
// this release's files. The test serves dist/ itself, visits once, stops the server and opens
// the self-check again. It is installable (a manifest with icons) and says when it works offline.
import { test, expect, chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

const root = fileURLToPath(new URL('../../dist/', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** A static server of `folder` (dist/ by default) on `port` (any free one by default). */
async function serveDist(folder = root, port = 0) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const stop = async (server) => {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
};

test('after one visit the self-check opens and works with no network', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await serveDist();
  const address = `http://127.0.0.1:${server.address().port}/`;
  const app = new SelfCheck(page, 'zh');
  await page.goto(address);
  await expect(app.heading()).toBeVisible();
  await expect(page.getByTestId('offline-line')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('offline-line')).toContainText('已可离线使用');

  await stop(server);
  const again = await context.newPage();
  await again.goto(`${address}?lang=en`);
  const offline = new SelfCheck(again, 'en');
  await expect(offline.heading()).toHaveText('Xicheng data-industry award self-check');
  await expect(again.getByTestId('offline-line')).toBeVisible();
  // The whole self-check, offline: answers in, the engine's figures out.
  const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
  await offline.importAnswers(everything.answers);
  await offline.seeResults();
  await expect(offline.total()).toHaveText(`up to ${money(everything.expect.total_wan, 'en')}`);
  await context.close();
});

test('a new release replaces the one kept: the next online visit moves to it and the old cache goes', async ({ browser }) => {
  // Two releases of one site: the second has a changed page, so its worker keeps it under a new name.
  const first = await mkdtemp(join(tmpdir(), 'release-1-'));
  const second = await mkdtemp(join(tmpdir(), 'release-2-'));
  await cp(root, first, { recursive: true });
  await cp(root, second, { recursive: true });
  const worker = await readFile(join(root, 'sw.js'), 'utf8');
  const [name] = worker.match(/xicheng-self-check-[0-9a-f]{16}/);
  const newName = 'xicheng-self-check-0000000000000002';
  await writeFile(join(second, 'sw.js'), worker.replace(name, newName));
  const page = await readFile(join(root, 'index.html'), 'utf8');
  await writeFile(join(second, 'index.html'), page.replace('<title>', '<meta name="release" content="2"><title>'));

  const context = await browser.newContext();
  const tab = await context.newPage();
  let server = await serveDist(first);
  const address = `http://127.0.0.1:${server.address().port}/`;
  await tab.goto(address);
  await expect(tab.getByTestId('offline-line')).toBeVisible({ timeout: 20_000 });
  expect(await tab.evaluate(() => caches.keys())).toEqual([name]);

  await stop(server);
  server = await serveDist(second, Number(new URL(address).port));
  await tab.goto(address);
  await expect.poll(() => tab.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([newName]);
  await tab.goto(address);
  await expect(tab.locator('meta[name="release"]')).toHaveAttribute('content', '2');
  await expect(tab.getByTestId('offline-line')).toBeVisible({ timeout: 20_000 });
  await stop(server);
  await context.close();
});

test('without a worker the line says nothing, and the manifest makes it installable', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.start();
  await expect(page.getByTestId('offline-line')).toBeHidden();
  const manifest = await (await context.request.get('./manifest.webmanifest')).json();
  expect(manifest.name).toContain('西城区数据产业奖励自评');
  expect(manifest.name).toContain('Xicheng data-industry award self-check');
  expect(manifest.display).toBe('standalone');
  expect(manifest.scope).toBe('./');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) expect((await context.request.get(icon.src)).ok()).toBe(true);
  await context.close();
});

test('Chromium finds nothing that keeps the self-check from being installed', async ({ baseURL }) => {
  // A test's usual context is incognito, where Chromium answers "in incognito" and checks nothing
  // more: a profile of its own, as a tablet has, gets the real answer.
  const installability = async (breakManifest) => {
    const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'profile-')), {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    const page = await context.newPage();
    if (breakManifest) {
      await page.route('**/manifest.webmanifest', (route) => route.fulfill({ contentType: 'application/manifest+json', body: '{"name":"x"}' }));
    }
    await page.goto(baseURL);
    await expect(page.getByTestId('offline-line')).toBeVisible({ timeout: 20_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    await context.close();
    return installabilityErrors.map((e) => e.errorId);
  };
  expect(await installability(false)).toEqual([]);
  // The check is real: a manifest without icons or display is found wanting.
  expect(await installability(true)).toContain('manifest-missing-suitable-icon');
});

test('the worker keeps exactly the files of this release, under this release\'s name', async ({ request }) => {
  const worker = await (await request.get('./sw.js')).text();
  const { readdir } = await import('node:fs/promises');
  for (const file of (await readdir(root)).filter((f) => f !== 'sw.js')) {
    expect(worker, file).toContain(`"./${file}"`);
  }
  expect(worker).toMatch(/xicheng-self-check-[0-9a-f]{16}/);
});
