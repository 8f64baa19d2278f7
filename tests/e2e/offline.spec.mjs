// After one visit the self-check opens with no network at all: the service worker keeps exactly
// this release's files. The test serves dist/ itself, visits once, stops the server and opens
// the self-check again. It is installable (a manifest with icons) and says when it works offline.
// A damaged copy in the worker's cache is never served: it is fetched again, or, with no network,
// the page says so instead of staying blank.
import { test, expect, chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';
import { serveFolder } from './serve.mjs';

// The offline line of the page shown: a drawn page waiting hidden for a press holds one too.
const OFFLINE_LINE = '[data-testid=offline-line]:visible';

const root = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A file's SHA-256 in base64, as the worker keeps it ("./" is the page). */
const sha256 = (file) => createHash('sha256').update(readFileSync(join(root, file === './' ? 'index.html' : file))).digest('base64');

/** The files the page loads (page, start script, wasm-bindgen's JavaScript, style sheet, wasm). */
// The page, what it links, and the WebAssembly its start script fetches (no link names it).
const pageFiles = () => [...new Set([
  './',
  ...[...readFileSync(join(root, 'index.html'), 'utf8').matchAll(/(?:href|src)="(\.\/[^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1]),
  ...readdirSync(root).filter((name) => name.endsWith('_bg.wasm')).map((name) => `./${name}`),
])];

/** Puts `body` in the worker's cache in place of `file`, as a damaged disk or a bad write would. */
const damage = (page, file, body = 'garbage') => page.evaluate(async ({ file, body }) => {
  const [name] = await caches.keys();
  await (await caches.open(name)).put(new URL(file, document.baseURI).href, new Response(body));
}, { file, body });

/** The SHA-256 (base64) of the copy of `file` in the worker's cache, or null if there is none. */
const kept = (page, file) => page.evaluate(async (file) => {
  const [name] = await caches.keys();
  const hit = await (await caches.open(name)).match(new URL(file, document.baseURI).href);
  if (!hit) return null;
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', await hit.arrayBuffer()))));
}, file);

test('after one visit the self-check opens and works with no network', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await serveFolder(root);
  const address = `${server.origin}/`;
  const app = new SelfCheck(page, 'zh');
  await page.goto(address);
  await app.started();
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(OFFLINE_LINE)).toContainText('已可离线使用');

  await server.close();
  const again = await context.newPage();
  await again.goto(`${address}?lang=en`);
  const offline = new SelfCheck(again, 'en');
  await expect(offline.heading()).toHaveText('Xicheng data-industry award self-check');
  await expect(again.locator(OFFLINE_LINE)).toBeVisible();
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
  const page = await readFile(join(root, 'index.html'), 'utf8');
  const changedPage = page.replace('<title>', '<meta name="release" content="2"><title>');
  await writeFile(join(second, 'index.html'), changedPage);
  // The second release's worker, as its build writes it: its name, and the changed page's digest.
  const changedDigest = createHash('sha256').update(changedPage).digest('base64');
  await writeFile(join(second, 'sw.js'), worker.replace(name, newName).replaceAll(sha256('./'), changedDigest));

  const context = await browser.newContext();
  const tab = await context.newPage();
  let server = await serveFolder(first);
  const address = `${server.origin}/`;
  await tab.goto(address);
  await expect(tab.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  expect(await tab.evaluate(() => caches.keys())).toEqual([name]);

  await server.close();
  server = await serveFolder(second, Number(new URL(address).port));
  await tab.goto(address);
  await expect.poll(() => tab.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([newName]);
  await tab.goto(address);
  await expect(tab.locator('meta[name="release"]')).toHaveAttribute('content', '2');
  await expect(tab.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  await server.close();
  await context.close();
});

test('a cache deleted under a worker stays deleted: an old worker never makes it again', async ({ browser }) => {
  // When the next release's worker takes over it deletes this release's cache, while the old
  // worker may still answer the page's requests and its question "do you hold these files?".
  // Were the old worker to make its cache again, the old copy would be kept for good.
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await serveFolder(root);
  await page.goto(`${server.origin}/`);
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));
  await page.reload();
  await new SelfCheck(page).started();
  const answer = await page.evaluate((files) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => resolve(data);
    navigator.serviceWorker.controller.postMessage({ holds: files }, [channel.port2]);
  }), pageFiles());
  expect(answer).toBe('incomplete');
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await expect(page.locator(OFFLINE_LINE)).toHaveCount(0);
  await server.close();
  await context.close();
});

test('"available offline" is said only when the page itself is kept too', async ({ browser }) => {
  // A server whose page differs from the release's (here by one comment): the worker never keeps
  // it, whatever else it holds, so the self-check would not open offline and must not say it would.
  const folder = await mkdtemp(join(tmpdir(), 'page-not-kept-'));
  await cp(root, folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), `${await readFile(join(root, 'index.html'), 'utf8')}<!-- changed -->\n`);
  const server = await serveFolder(folder);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await new SelfCheck(page).started();
  // The worker's answer lands on the page either way: "incomplete", never "ready".
  await expect(page.locator('html[data-offline]')).toHaveCount(1, { timeout: 20_000 });
  expect(await page.locator('html').getAttribute('data-offline')).toBe('incomplete');
  await expect(page.locator(OFFLINE_LINE)).toHaveCount(0);
  await server.close();
  await context.close();
});

test('a server answering 500 never replaces the copy kept: the self-check still opens', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await serveFolder(root);
  await page.goto(`${server.origin}/`);
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  server.failWith(500);
  await page.reload();
  const app = new SelfCheck(page, 'zh');
  await app.started();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await kept(page, './')).toBe(sha256('./'));
  await server.close();
  await context.close();
});

test('a first visit whose WebAssembly comes back as 500 says the server failed, not the network', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText('本自评工具未能启动：服务器未能提供本工具的文件，请稍后刷新。The self-check could not start: its server could not deliver its files; reload later.');
  await expect(page.getByRole('alert')).not.toContainText('请连接网络');
  await context.close();
});

test('without a worker the line says nothing, and the manifest makes it installable', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.start();
  await expect(page.locator(OFFLINE_LINE)).toHaveCount(0);
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
    await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    await context.close();
    return installabilityErrors.map((e) => e.errorId);
  };
  expect(await installability(false)).toEqual([]);
  // The check is real: a manifest without icons or display is found wanting.
  expect(await installability(true)).toContain('manifest-missing-suitable-icon');
});

test('the worker keeps exactly the files of this release, each with its SHA-256, under this release\'s name', async ({ request }) => {
  const worker = await (await request.get('./sw.js')).text();
  const { readdir } = await import('node:fs/promises');
  for (const file of (await readdir(root)).filter((f) => f !== 'sw.js')) {
    expect(worker, file).toContain(`"./${file}":"${sha256(file)}"`);
  }
  expect(worker).toContain(`"./":"${sha256('./')}"`);
  expect(worker).toMatch(/xicheng-self-check-[0-9a-f]{16}/);
});

test('a damaged copy in the cache is never served: online, each file the page loads is fetched and kept again', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await serveFolder(root);
  const app = new SelfCheck(page, 'zh');
  await page.goto(`${server.origin}/`);
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  const files = pageFiles();
  // The page, the start script and wasm-bindgen's, the style sheet, the wasm.
  expect(files.map((f) => (f === './' ? 'page' : f.split('.').pop())).sort()).toEqual(['css', 'js', 'js', 'page', 'wasm']);
  // The worker mends it by itself: one load, not the start script's reload after a failed start.
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  for (const file of files) {
    await damage(page, file);
    expect(await kept(page, file), file).not.toBe(sha256(file));
    loads = 0;
    await page.reload();
    await expect(app.heading(), file).toBeVisible();
    // The style sheet applies (the browser's own margin of 8px is gone).
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).marginTop), { message: file }).toBe('0px');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(loads, file).toBe(1);
    await expect.poll(() => kept(page, file), { message: file }).toBe(sha256(file));
  }
  // A page asks once whether every file is kept, maybe while one is being mended: the next says so.
  await page.reload();
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  await server.close();
  await context.close();
});

test('with the wasm damaged and no network, the page says so instead of staying blank', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let server = await serveFolder(root);
  const address = `${server.origin}/`;
  await page.goto(address);
  await expect(page.locator(OFFLINE_LINE)).toBeVisible({ timeout: 20_000 });
  const wasm = pageFiles().find((f) => f.endsWith('.wasm'));
  const [name] = await page.evaluate(() => caches.keys());

  await damage(page, wasm);
  await server.close();
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('本自评工具未能启动：请检查网络连接后刷新。The self-check could not start: check the network connection and reload.');
  // The start page drawn into the html stays, without the start button that would do nothing.
  await expect(page.getByTestId('start')).toBeHidden();
  await expect(page.locator('html[data-app="started"]')).toHaveCount(0);
  // The damaged copy is gone; the rest is kept (offline, a reload would find nothing at all).
  expect(await kept(page, wasm)).toBeNull();
  expect(await page.evaluate(() => caches.keys())).toEqual([name]);
  expect(await kept(page, './')).toBe(sha256('./'));

  // The page itself damaged, and no network: the worker says so, rather than serving it.
  await damage(page, './', '<p>garbage</p>');
  await page.reload();
  await expect(page.locator('body')).toHaveText('本自评工具的离线副本不完整：请连接网络后刷新。The offline copy of the self-check is incomplete: connect to the network and reload.');
  await expect(page.locator('body')).not.toContainText('garbage');

  // The network back: the self-check starts, and the cache holds every file intact again.
  server = await serveFolder(root, Number(new URL(address).port));
  await page.reload();
  await new SelfCheck(page).started();
  for (const file of pageFiles()) await expect.poll(() => kept(page, file), { message: file }).toBe(sha256(file));
  await server.close();
  await context.close();
});

test('if the app cannot start, the page says so and reloads once from the network, never more', async ({ browser, baseURL }) => {
  // No worker here, so the broken wasm comes from the network: the start script alone copes.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  let brokenLoads = 1;
  await page.route('**/*_bg.wasm', (route) => (loads <= brokenLoads
    ? route.fulfill({ contentType: 'application/wasm', body: 'garbage' })
    : route.continue()));

  // Broken on the first load only: one reload, and the self-check starts.
  await page.goto('./');
  await new SelfCheck(page).started();
  expect(loads).toBe(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem('xicheng-self-check-retried'))).toBeNull();

  // Broken for good: one reload, then the message stays. The server answers, so the message
  // blames the server, not the user's connection.
  loads = 0;
  brokenLoads = Infinity;
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText('本自评工具未能启动：服务器未能提供本工具的文件，请稍后刷新。The self-check could not start: its server could not deliver its files; reload later.');
  await page.waitForTimeout(1000);
  expect(loads).toBe(2);
  await context.close();
});
