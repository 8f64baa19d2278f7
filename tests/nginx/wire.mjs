// The bytes a first visit costs on the wire, through nginx with deploy/self-check.nginx.conf.
// `node tests/nginx/wire.mjs` (what `scripts/bench --wire` runs) serves $DIST (default dist/, with
// the copies of scripts/compress.mjs) and prints the table; the nginx tests call wire() too.
import { request as httpRequest } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, hasBrotli, startNginx } from './nginx.mjs';

const ENCODINGS = { identity: 'identity', gzip: 'gzip', br: 'br, gzip' };

/** Bytes of one response as it travels: status line and headers, then the body as sent. */
const onWire = (url, acceptEncoding) => new Promise((done, fail) => {
  httpRequest(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
    let body = 0;
    response.on('data', (c) => { body += c.length; });
    response.on('end', () => {
      const head = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length
        + response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0) + 2; // ": " or CRLF after each part, and the blank line
      done({ status: response.statusCode, encoding: response.headers['content-encoding'] || 'identity', head, body });
    });
  }).on('error', fail).end();
});

/**
 * A first visit: the files the page loads (page, start script, wasm-bindgen's JavaScript, style
 * sheet, wasm, manifest), then the worker's script and the files only the worker fetches (those of
 * sw.js that the page did not load: embed.js, icons, robots.txt, index.html by name). The worker's
 * fetches of the page's files come from the browser's cache, or cost a 304, and are left out.
 */
export async function wire(base, dist = DIST) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  // What the page links, and the WebAssembly its start script fetches (no link names it).
  const pageFiles = ['./', ...[...index.matchAll(/(?:href|src)="(\.\/[^"]+)"/g)].map((m) => m[1]),
    ...readdirSync(dist).filter((name) => name.endsWith('_bg.wasm')).map((name) => `./${name}`)];
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const kept = Object.keys(JSON.parse(worker.match(/FILES=(\{[^}]*\})/)[1]));
  const workerFiles = ['./sw.js', ...kept.filter((f) => !pageFiles.includes(f))];
  const rows = [];
  const totals = { identity: 0, gzip: 0, br: 0 };
  const pageTotals = { identity: 0, gzip: 0, br: 0 };
  for (const file of [...pageFiles, ...workerFiles]) {
    const row = { file, by: pageFiles.includes(file) ? 'page' : 'worker' };
    for (const [name, accept] of Object.entries(ENCODINGS)) {
      const r = await onWire(new URL(file, base).href, accept);
      if (r.status !== 200) throw new Error(`${file}: ${r.status}`);
      row[name] = r.head + r.body;
      row[`${name}-sent`] = r.encoding;
      totals[name] += r.head + r.body;
      if (row.by === 'page') pageTotals[name] += r.head + r.body;
    }
    rows.push(row);
  }
  const pad = (v, n) => String(v).padStart(n);
  const lines = [
    `Bytes on the wire, first visit, nginx with deploy/self-check.nginx.conf (headers + body${hasBrotli ? '' : '; no Brotli module: br column is gzip'})`,
    `${'file'.padEnd(48)} ${'by'.padEnd(6)} ${pad('plain', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`,
    ...rows.map((r) => `${r.file.padEnd(48)} ${r.by.padEnd(6)} ${pad(r.identity, 9)} ${pad(r.gzip, 9)} ${pad(r.br, 9)}${r['br-sent'] === 'br' || r.br === r.identity ? '' : ` (${r['br-sent']})`}`),
    `${'the page (what it needs to start)'.padEnd(55)} ${pad(pageTotals.identity, 9)} ${pad(pageTotals.gzip, 9)} ${pad(pageTotals.br, 9)}`,
    `${'the first visit, with the worker\'s own fetches'.padEnd(55)} ${pad(totals.identity, 9)} ${pad(totals.gzip, 9)} ${pad(totals.br, 9)}`,
  ];
  return { rows, totals, pageTotals, table: lines.join('\n') };
}

/** What Chromium itself takes on a first visit (every response of the context, the worker's too). */
export async function firstVisit(page, base) {
  const responses = [];
  page.context().on('response', (r) => responses.push(r));
  await page.goto(base);
  await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
  let bytes = 0;
  const encodings = new Set();
  for (const response of responses) {
    const sizes = await response.request().sizes().catch(() => null);
    if (!sizes) continue;
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    const encoding = (await response.allHeaders())['content-encoding'];
    if (encoding) encodings.add(encoding);
  }
  return { bytes, files: responses.length, encodings: [...encodings] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const nginx = await startNginx();
  try {
    console.log((await wire(nginx.base)).table);
  } finally {
    await nginx.stop();
  }
}
