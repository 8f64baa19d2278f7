// Lighthouse against the built dist/ on loopback, mobile and desktop presets, in Debian's
// Chromium (no download, no network). Prints one table of the four category scores and writes
// each full report to test-results/lighthouse-<preset>.html. Run through scripts/bench.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'test-results');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

// As a static host would serve it (docs/performance.md, "Hosting"): gzip where the browser takes
// it, and the files whose names carry their hash cached for a year; the rest revalidated.
const hashed = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  let body = readFileSync(file);
  if (/\bgzip\b/.test(request.headers['accept-encoding'] || '') && !file.endsWith('.png')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(200, headers);
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync(out, { recursive: true });
const rows = [];
try {
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error' }, config);
    writeFileSync(join(out, `lighthouse-${preset}.html`), result.report);
    writeFileSync(join(out, `lighthouse-${preset}.json`), JSON.stringify(result.lhr));
    const { categories, audits } = result.lhr;
    const score = (key) => Math.round(categories[key].score * 100);
    const failed = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id);
    rows.push(`| ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audits['first-contentful-paint'].displayValue} | ${audits['largest-contentful-paint'].displayValue} | ${audits['total-blocking-time'].displayValue} | ${failed.join(', ') || 'none'} |`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, loopback, default throttling of each preset (full reports: test-results/lighthouse-*.html)`);
console.log('| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | audits below full marks |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
