// After one visit the self-check opens with no network at all: the service worker keeps exactly
// this release's files. The test serves dist/ itself, visits once, stops the server and opens
// the self-check again. It is installable (a manifest with icons) and says when it works offline.
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SelfCheck } from './selfcheck.mjs';

const root = fileURLToPath(new URL('../../dist/', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** A static server of dist/ on a port of its own, like a tablet's first visit to the site. */
async function serveDist() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

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

  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections?.();
  const again = await context.newPage();
  await again.goto(`${address}?lang=en`);
  const offline = new SelfCheck(again, 'en');
  await expect(offline.heading()).toHaveText('Xicheng data-industry award self-check');
  await offline.start();
  await offline.yesNo('Does your organisation operate lawfully in Xicheng District?', true);
  await expect(again.getByTestId('offline-line')).toBeVisible();
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

test('the worker keeps exactly the files of this release, under this release\'s name', async ({ request }) => {
  const worker = await (await request.get('./sw.js')).text();
  const { readdir } = await import('node:fs/promises');
  for (const file of (await readdir(root)).filter((f) => f !== 'sw.js')) {
    expect(worker, file).toContain(`"./${file}"`);
  }
  expect(worker).toMatch(/xicheng-self-check-[0-9a-f]{16}/);
});
