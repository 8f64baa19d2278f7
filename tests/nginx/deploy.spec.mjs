// The release behind nginx with the README's configuration (deploy/self-check.nginx.conf): its
// headers; a park on the list may frame it and one not on it cannot; a second release published
// in place reaches a returning visitor on the next visit and the old cache goes; the bytes a first
// visit costs on the wire, in gzip and in Brotli.
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { request as httpRequest } from 'node:http';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx, hasBrotli, DIST, DEPLOY } from './nginx.mjs';
import { firstVisit, wire } from './wire.mjs';

/** One GET through node (no decoding): status, headers and the bytes as they came. */
const get = (url, headers = {}) => new Promise((done, fail) => {
  httpRequest(url, { headers }, (response) => {
    const chunks = [];
    response.on('data', (c) => chunks.push(c));
    response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail).end();
});

/** Parks' pages: each origin that asks gets the README's loader snippet pointing at `base()`. */
async function parkServer(base) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>A park</title>
      <h1>A park</h1>
      <a data-xicheng-self-check href="${base()}">打开西城区数据产业奖励自评</a>
      <script async src="${base()}embed.js" data-lang="zh"></script></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { port: server.address().port, close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }) };
}

test.describe('served by nginx', () => {
  let nginx;
  let listed;
  let unlisted;

  test.beforeAll(async () => {
    // Two parks on another site than the self-check (localhost; nginx is on 127.0.0.1): one on
    // the list of park origins, one not.
    listed = await parkServer(() => nginx.base);
    unlisted = await parkServer(() => nginx.base);
    nginx = await startNginx({ parks: [`http://localhost:${listed.port}`] });
  });

  test.afterAll(async () => {
    await nginx?.stop();
    await listed?.close();
    await unlisted?.close();
  });

  test('README\'s "Deploy it" holds the very file nginx runs here', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Deploy it'), readme.indexOf('\n## ', readme.indexOf('## Deploy it') + 1));
    const blocks = [...section.matchAll(/```nginx\n([^]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(readFileSync(DEPLOY, 'utf8'));
    expect(blocks[0]).toContain('include /etc/nginx/snippets/self-check.nginx.conf;');
  });

  test('the headers: types, caching, the framing list, and what a <meta> cannot set', async () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    // What the page links, and the WebAssembly its start script fetches (no link names it).
    const hashed = [
      ...[...index.matchAll(/(?:href|src)="\.\/([^"]+-[0-9a-f]{1,16}(?:_bg)?\.(?:js|css|wasm))"/g)].map((m) => m[1]),
      // Trunk writes its hash without leading zeros: 15 digits one build in 16.
      ...readdirSync(DIST).filter((name) => /-[0-9a-f]{1,16}_bg\.wasm$/.test(name)),
    ];
    expect(hashed.some((f) => f.endsWith('.wasm'))).toBe(true);
    for (const file of hashed) {
      const { status, headers } = await get(nginx.base + file);
      expect(status, file).toBe(200);
      expect(headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      if (file.endsWith('.wasm')) expect(headers['content-type']).toBe('application/wasm');
    }
    for (const file of ['', 'index.html', 'sw.js', 'manifest.webmanifest', 'embed.js']) {
      const { status, headers } = await get(nginx.base + file);
      expect(status, file).toBe(200);
      expect(headers['cache-control'], file || './').toBe('no-cache');
      expect(headers['content-security-policy'], file).toBe(`frame-ancestors 'self' http://localhost:${listed.port}`);
      expect(headers['x-content-type-options'], file).toBe('nosniff');
      expect(headers['referrer-policy'], file).toBe('no-referrer');
      expect(headers['permissions-policy'], file).toContain('camera=()');
    }
    expect((await get(`${nginx.base}manifest.webmanifest`)).headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    // The precompressed copies, each the file's own bytes.
    const wasm = hashed.find((f) => f.endsWith('.wasm'));
    const raw = readFileSync(join(DIST, wasm));
    const gz = await get(nginx.base + wasm, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    const br = await get(nginx.base + wasm, { 'accept-encoding': 'gzip, deflate, br' });
    if (hasBrotli) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    } else {
      expect(br.headers['content-encoding']).toBe('gzip');
    }
    const plain = await get(nginx.base + wasm);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  test('a park on the list can frame the self-check; one not on it cannot, and keeps its link', async ({ page }) => {
    const refusals = [];
    page.on('console', (m) => /frame-ancestors/.test(m.text()) && refusals.push(m.text()));
    await page.goto(`http://localhost:${listed.port}/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1#page-heading')).toHaveText('西城区数据产业奖励自评');
    await expect(frame.locator('html[data-app="started"]')).toHaveCount(1);
    await expect(page.getByRole('link', { name: '打开西城区数据产业奖励自评' })).toHaveCount(0);
    expect(refusals).toEqual([]);

    await page.goto(`http://localhost:${unlisted.port}/`);
    await expect.poll(() => refusals.length, { message: 'Chromium refuses the frame' }).toBeGreaterThan(0);
    expect(refusals[0]).toContain(`frame-ancestors 'self' http://localhost:${listed.port}`);
    // The frame is there (the loader made it) but holds no self-check, and takes no room: the
    // park's link stays, and opens the self-check on the district's site.
    await expect(page.locator('iframe')).toHaveCount(1);
    const widget = page.frames().find((f) => f.url().startsWith(nginx.origin));
    const heading = widget ? await widget.locator('h1#page-heading').count() : 0;
    expect(heading).toBe(0);
    await expect(page.locator('iframe')).toBeHidden();
    const link = page.getByRole('link', { name: '打开西城区数据产业奖励自评' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('h1#page-heading:visible')).toHaveText('西城区数据产业奖励自评');
  });

  test('a second release published in place reaches a returning visitor on the next visit; the old cache goes', async ({ browser }) => {
    // The site's folder holds a copy of the release (startNginx makes it), replaced in place as a
    // deploy would.
    const second = makeSecondRelease(DIST);
    const own = await startNginx({ release: DIST, parks: [] });
    const first = join(own.root, 'self-check');
    try {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(own.base);
      await expect(tab.locator('html[data-offline="ready"]')).toHaveCount(1, { timeout: 20_000 });
      const [oldCache] = await tab.evaluate(() => caches.keys());
      expect(oldCache).toBe(second.oldCache);

      // Publish: new files first, then the page and the worker, then the old hashed files go.
      // nginx's ETag is the file's time in whole seconds and its size: a publish within the
      // second of the first copy, of a page whose Brotli copy happens to keep its size (it does,
      // 2 runs in 10), would be answered 304 and the old page kept. A real publish comes minutes
      // later; the copies here are dated a minute on, as it would be.
      const later = new Date(Date.now() + 60_000);
      const publish = (name) => {
        cpSync(join(second.folder, name), join(first, name));
        utimesSync(join(first, name), later, later);
      };
      const pageOrWorker = (name) => /^(index\.html|sw\.js)(\.(br|gz))?$/.test(name);
      readdirSync(second.folder).filter((name) => !pageOrWorker(name)).forEach(publish);
      readdirSync(second.folder).filter(pageOrWorker).forEach(publish);
      for (const gone of second.removed) rmSync(join(first, gone), { force: true });

      // The next visit: the new page, its new style sheet, and the worker of the new release.
      const requested = [];
      tab.on('request', (r) => requested.push(r.url()));
      await tab.goto(own.base);
      await expect(tab.locator('meta[name="release"]')).toHaveAttribute('content', '2');
      await expect(tab.locator('html[data-app="started"]')).toHaveCount(1);
      expect(await tab.evaluate(() => [...document.styleSheets].map((s) => s.href).filter(Boolean).map((h) => h.split('/').pop())))
        .toEqual([second.newStyle]);
      expect(await tab.locator('body').evaluate((b) => getComputedStyle(b).fontSize)).toBe('17px');
      expect(requested.some((u) => u.endsWith(second.oldStyle))).toBe(false);
      // The old cache goes once the new worker has taken over, and stays gone: the old worker,
      // still answering this visit's requests for the new files, must not make it again.
      await expect.poll(() => tab.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([second.newCache]);
      await tab.goto(own.base);
      await expect(tab.locator('html[data-offline="ready"]')).toHaveCount(1, { timeout: 20_000 });
      expect(await tab.evaluate(() => caches.keys())).toEqual([second.newCache]);
      await context.close();
    } finally {
      await own.stop();
      rmSync(second.folder, { recursive: true, force: true });
    }
  });

  test('the bytes a first visit costs on the wire, gzip and Brotli', async ({ browser }, testInfo) => {
    const report = await wire(nginx.base);
    console.log(report.table);
    await testInfo.attach('wire.txt', { body: report.table });
    const plain = report.totals.identity;
    expect(report.totals.gzip).toBeLessThan(plain * 0.6);
    if (hasBrotli) expect(report.totals.br).toBeLessThan(report.totals.gzip);
    // What Chromium itself takes (it offers Brotli to 127.0.0.1, a secure context, as to https).
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await firstVisit(page, nginx.base);
    expect(seen.files).toBeGreaterThanOrEqual(5);
    expect(seen.encodings).toContain(hasBrotli ? 'br' : 'gzip');
    console.log(`Chromium, first visit over http: ${seen.bytes} bytes in ${seen.files} responses (${seen.encodings.join(', ')})`);
    await context.close();
  });
});

/**
 * A second release made from `dist` as the next build would make it: a changed style sheet under
 * a new hashed name (index.html's link and integrity follow), a changed page, and a worker with
 * the new cache name and digests. Returns the folder and the names that changed.
 */
function makeSecondRelease(dist) {
  const folder = mkdtempSync(join(tmpdir(), 'release-2-'));
  cpSync(dist, folder, { recursive: true });
  const sha = (algorithm, data, encoding = 'base64') => createHash(algorithm).update(data).digest(encoding);
  let index = readFileSync(join(folder, 'index.html'), 'utf8');
  const oldStyle = index.match(/href="\.\/(style-[0-9a-f]{1,16}\.css)"/)[1];
  const css = `${readFileSync(join(folder, oldStyle), 'utf8')}\n/* release 2 */\n`;
  const newStyle = `style-${sha('sha256', css, 'hex').slice(0, 16)}.css`;
  writeFileSync(join(folder, newStyle), css);
  for (const ext of ['', '.br', '.gz']) rmSync(join(folder, oldStyle + ext), { force: true });
  index = index.replace(`./${oldStyle}`, `./${newStyle}`)
    .replace(/(href="\.\/style-[0-9a-f]{1,16}\.css" integrity=")sha384-[^"]+"/, `$1sha384-${sha('sha384', css)}"`)
    .replace('<title>', '<meta name="release" content="2"><title>');
  writeFileSync(join(folder, 'index.html'), index);
  let worker = readFileSync(join(folder, 'sw.js'), 'utf8');
  const oldCache = worker.match(/xicheng-self-check-[0-9a-f]{16}/)[0];
  const newCache = `xicheng-self-check-${sha('sha256', index + css, 'hex').slice(0, 16)}`;
  const oldPage = sha('sha256', readFileSync(join(dist, 'index.html')));
  worker = worker.replace(oldCache, newCache)
    .replaceAll(oldPage, sha('sha256', index))
    .replace(`"./${oldStyle}":"${sha('sha256', readFileSync(join(dist, oldStyle)))}"`, `"./${newStyle}":"${sha('sha256', css)}"`);
  if (!worker.includes(newStyle)) throw new Error('sw.js: the style sheet\'s entry was not found');
  writeFileSync(join(folder, 'sw.js'), worker);
  // The release build's compressed copies (scripts/compress.mjs) of every changed file.
  const compress = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/compress.mjs', import.meta.url)), folder], { encoding: 'utf8' });
  if (compress.status !== 0) throw new Error(compress.stderr);
  return { folder, oldStyle, newStyle, oldCache, newCache, removed: [oldStyle, `${oldStyle}.br`, `${oldStyle}.gz`] };
}
