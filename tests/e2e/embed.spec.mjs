// Framed by a partner's page with ?embed=<its origin>, the widget tells that page its height and
// step (plain objects, through serde-wasm-bindgen), never an answer, and never another page.
import { test, expect } from '@playwright/test';

import { createServer } from 'node:http';

// Partner pages served from other origins on the loopback (Chromium keeps a page that is not
// served from the loopback from framing a loopback address).
let host;
let elsewhere;

/** A server whose one page frames the app with `?embed=<the query's embed>`, recording messages. */
function partnerServer(appOrigin) {
  const server = createServer((request, response) => {
    const embed = new URL(request.url, 'http://x').searchParams.get('embed') || '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><meta charset="utf-8"><title>Park</title>
      <script>window.heard = []; addEventListener('message', (e) => {
        if (e.origin === ${JSON.stringify(appOrigin)}) window.heard.push(e.data);
      });</script>
      <iframe title="self-check" style="width:800px;height:600px"
              src="${appOrigin}/?lang=en&embed=${encodeURIComponent(embed)}"></iframe>`);
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)));
}

const origin = (server) => `http://localhost:${server.address().port}`;

test.beforeAll(async ({ baseURL }) => {
  const appOrigin = new URL(baseURL).origin;
  host = await partnerServer(appOrigin);
  elsewhere = await partnerServer(appOrigin);
});

test.afterAll(() => {
  host.close();
  elsewhere.close();
});

/** The partner page `server`, telling the app that its host is `embed`. */
async function hostPage(page, server, embed) {
  await page.goto(`${origin(server)}/?embed=${encodeURIComponent(embed)}`);
  return page.frameLocator('iframe');
}

test('the framing page hears the height and the step, and no answer', async ({ page }) => {
  const frame = await hostPage(page, host, origin(host));
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.heard.map((m) => m.kind).sort().join(' '))).toContain('height');
  const first = await page.evaluate(() => window.heard);
  expect(first).toContainEqual({ kind: 'step', step: '#/' });
  const height = first.find((m) => m.kind === 'height');
  expect(height.px).toBeGreaterThan(300);
  expect(Object.keys(height)).toEqual(['kind', 'px']);

  await frame.getByRole('button', { name: 'Start now' }).click();
  await frame.getByLabel('Organisation name', { exact: true }).fill('Secret Data Ltd');
  await expect.poll(() => page.evaluate(() => window.heard.some((m) => m.step === '#/organisation'))).toBe(true);
  const all = JSON.stringify(await page.evaluate(() => window.heard));
  expect(all).not.toContain('Secret');
});

test('a page of another origin hears nothing', async ({ page }) => {
  const frame = await hostPage(page, elsewhere, origin(host));
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await frame.getByRole('button', { name: 'Start now' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('About your organisation');
  expect(await page.evaluate(() => window.heard)).toEqual([]);
});

test('an embed address that is not one origin is ignored', async ({ page }) => {
  const frame = await hostPage(page, host, '*');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await frame.getByRole('button', { name: 'Start now' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('About your organisation');
  expect(await page.evaluate(() => window.heard)).toEqual([]);
});
