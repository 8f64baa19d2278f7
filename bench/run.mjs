// The performance bench: this app's release dist/ against a SurveyJS 2.5.38 page showing the same
// first two question pages, in one run, by one method. Prints one table (see docs/performance.md).
// Run through scripts/bench, which builds dist/ first. Options: LOADS (default 15), CHANGES (50),
// THROTTLE (4), DIST (another build's folder), LOADS_ONLY (print each load's marks as JSON).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { caseFile, writeCaseAnswers } from '../tests/e2e/selfcheck.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LOADS = Number(process.env.LOADS || 15);
const CHANGES = Number(process.env.CHANGES || 50);
const THROTTLE = Number(process.env.THROTTLE || 4);
// Rounds on a slow-4G network (where a phone at a forum sits), gzip on: DevTools' "Slow 4G",
// 562.5 ms latency, 180,000 B/s down, 84,375 B/s up.
const SLOW_LOADS = Number(process.env.SLOW_LOADS || 5);
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// ---- What each page loads first --------------------------------------------------------------

const dist = process.env.DIST ? normalize(process.env.DIST) : join(root, 'dist');
const surveyFiles = {
  'index.html': join(root, 'bench/surveyjs/index.html'),
  'main.js': join(root, 'bench/surveyjs/main.js'),
  'survey.json': join(root, 'bench/surveyjs/survey.json'),
  'start.json': join(root, 'bench/surveyjs/start.json'),
  'survey.core.min.js': join(root, 'node_modules/survey-core/survey.core.min.js'),
  'survey-js-ui.min.js': join(root, 'node_modules/survey-js-ui/survey-js-ui.min.js'),
  'survey-core.min.css': join(root, 'node_modules/survey-core/survey-core.min.css'),
};
for (const [name, path] of Object.entries(surveyFiles)) {
  if (!existsSync(path)) throw new Error(`bench: ${name} is missing (${path}); run scripts/setup`);
}
if (!existsSync(join(dist, 'index.html'))) throw new Error('bench: dist/ is missing; run scripts/bench');

// The app's first load: the page and what it links (not the partners' loader, the worker's
// script, the manifest or icons, which the first screen does not wait for).
const appFiles = Object.fromEntries(readdirSync(dist)
  .filter((name) => /\.(html|js|wasm|css)$/.test(name) && name !== 'embed.js' && name !== 'sw.js')
  .map((name) => [name, join(dist, name)]));

const weigh = (files) => {
  const rows = Object.entries(files).map(([name, path]) => {
    const body = readFileSync(path);
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    };
  }).sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
};

// ---- One loopback server for both pages --------------------------------------------------------

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
// The floor: our start page as plain static HTML, the page the release build draws, with every
// script and preload taken out (and the mark the head's script would set, so its controls show).
const staticPage = readFileSync(join(dist, 'index.html'), 'utf8')
  .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
  .replace('<html lang="zh-CN">', '<html lang="zh-CN" data-start="drawn">');
if (!staticPage.includes('data-prerendered')) throw new Error('bench: dist/index.html has no drawn start page');

// The slow-4G rounds are served gzip -9 (as any real server sends); the loopback rounds plain.
let gzipOn = false;
const gzipped = new Map();
const body = (file) => {
  const raw = readFileSync(file);
  if (!gzipOn) return raw;
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(raw, { level: 9 }));
  return gzipped.get(file);
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  let file;
  if (path === '/static/') {
    const page = gzipOn ? gzipSync(staticPage, { level: 9 }) : staticPage;
    response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store', ...(gzipOn && { 'content-encoding': 'gzip' }) }).end(page);
    return;
  }
  if (path.startsWith('/static/')) {
    file = normalize(join(dist, path.slice('/static/'.length)));
    if (!file.startsWith(dist) || !file.endsWith('.css')) file = undefined;
  } else if (path.startsWith('/surveyjs/')) {
    file = surveyFiles[path.slice('/surveyjs/'.length) || 'index.html'];
  } else if (path.startsWith('/app/')) {
    const inside = path.slice('/app/'.length) || 'index.html';
    file = normalize(join(dist, inside));
    if (!file.startsWith(dist)) file = undefined;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  const type = types[extname(file)] || 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzipOn && { 'content-encoding': 'gzip' }) });
  response.end(body(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- In the page: the moments that matter, recorded by the page itself -------------------------

// Runs before any script of the page. "First control" is the first button, input, select or
// textarea put in the page; "painted" is taken after the frame that paints it (a message posted
// from requestAnimationFrame runs once that frame is done), and only if it has a box on screen by
// then. The observer asks nothing of layout, so that it adds no work of its own to the load.
const probe = (click) => {
  const marks = (window.__bench = { marks: {} }).marks;
  // Largest Contentful Paint: each candidate's time; the one that counts is the last before any
  // click (the bench clicks by script, which does not end LCP's watch by itself).
  const candidates = (window.__bench.lcp = []);
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => candidates.push(entry.startTime)))
    .observe({ type: 'largest-contentful-paint', buffered: true });
  // Instantiated: the module's instance exists; wasm-bindgen then calls its start function (our
  // main), which renders the first page before Trunk's TrunkApplicationStarted event.
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        marks.instantiated = performance.now();
        window.__bench.wasm = result.instance ? result.instance.exports : result.exports;
        return result;
      });
    };
  }
  addEventListener('TrunkApplicationStarted', () => { marks.started = performance.now(); }, { once: true });
  const controls = 'button, input, select, textarea';
  // A mark is told to the bench as a console message, which it hears without running anything in
  // the page: Playwright's waitForFunction would first put its own script in (about 100 ms of
  // parse at 4×, at the load event, in the middle of the start it measures).
  const mark = (key, now) => {
    marks[key] = now;
    console.debug(`bench:${key}`);
  };
  // `then` runs after the frame that paints what is in the page now, if `ready()` holds by then.
  const whenPainted = (ready, then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (ready() ? then(performance.now()) : whenPainted(ready, then));
    channel.port2.postMessage(0);
  });
  const shownIn = (selector, text) => [...document.querySelectorAll(selector)]
    .some((element) => element.getClientRects().length > 0 && (text === undefined || element.textContent.trim() === text));
  // "A click takes effect": the start control is pressed the moment the first control is painted
  // (by a user who does not wait), and the first question page's heading is painted.
  const pressStart = () => {
    const start = [...document.querySelectorAll('a, button, input[type="button"]')]
      .find((element) => (element.textContent || element.value || '').trim() === click.control && element.getClientRects().length > 0);
    if (!start) {
      setTimeout(pressStart, 4);
      return;
    }
    marks.clicked = performance.now();
    start.click();
    const heading = () => shownIn('h1, h2, h3, h4, h5, .sd-page__title', click.heading);
    const watch = new MutationObserver(() => {
      if (heading()) {
        watch.disconnect();
        whenPainted(heading, (now) => mark('clickEffect', now));
      }
    });
    // Attributes too: a page may be shown by taking away its `hidden`.
    watch.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  const afterPaint = () => whenPainted(() => shownIn(controls), (now) => {
    mark('firstControl', now);
    if (click) pressStart();
  });
  const observer = new MutationObserver(() => {
    if (document.querySelector(controls)) {
      observer.disconnect();
      marks.controlInserted = performance.now();
      afterPaint();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  // The results' total (a share link's load): after the frame that paints it, seen from the page,
  // so that work the page does after that frame is not counted against it.
  const total = '[data-testid="total"]';
  const totalWatch = new MutationObserver(() => {
    if (document.querySelector(total)) {
      totalWatch.disconnect();
      whenPainted(() => shownIn(total), (now) => mark('total', now));
    }
  });
  totalWatch.observe(document, { childList: true, subtree: true });
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();

/** A fresh context and page, its CPU slowed `rate` times; with `click`, the start is pressed. */
async function freshPage(rate, click = null, network = null, viewport = { width: 412, height: 915 }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(probe, click);
  return { context, page, cdp };
}

/** Resolves once the page's probe has told of the mark `key` (asked for before the page loads). */
const markOf = (page, key) => page.waitForEvent('console', { predicate: (message) => message.text() === `bench:${key}`, timeout: 120_000 });

/** One cold load of the same first page. Without `click`: the first control painted and the
 * largest contentful paint once the page has settled (1.5 s later; a press would cut LCP's watch
 * short, so presses are timed in loads of their own). With `click`: the time until a press on the
 * start control, the moment it shows, takes effect. */
async function firstPageLoad(url, rate, click, network = null) {
  const { context, page } = await freshPage(rate, click, network);
  const marked = markOf(page, click ? 'clickEffect' : 'firstControl');
  await page.goto(url);
  await marked;
  if (!click) await page.waitForTimeout(1500);
  const marks = await page.evaluate(() => ({ ...window.__bench.marks, lcp: window.__bench.lcp.at(-1) }));
  await context.close();
  return marks;
}

/** One cold load of `url`: the page's own marks, in ms from navigation start. */
async function coldLoad(url, rate) {
  const { context, page } = await freshPage(rate);
  const marked = markOf(page, 'firstControl');
  await page.goto(url);
  await marked;
  const marks = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const wasm = resources.find((r) => r.name.endsWith('.wasm'));
    const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js') || r.name.endsWith('.json'));
    return {
      ...window.__bench.marks,
      wasmReceived: wasm ? wasm.responseEnd : undefined,
      scriptsReceived: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : undefined,
    };
  });
  await context.close();
  return marks;
}

// ---- Answer change to the figure on screen ----------------------------------------------------

// In the page: types `value` into `field` as a user's input event, and resolves with the ms until
// `figure`'s text changed (the page's own work) and until the frame showing it was painted.
const changeOnce = ([fieldSelector, figureSelector, value]) => new Promise((resolve, reject) => {
  const field = document.querySelector(fieldSelector);
  const figure = document.querySelector(figureSelector);
  if (!field || !figure) {
    reject(new Error(`missing ${field ? figureSelector : fieldSelector}`));
    return;
  }
  const before = figure.textContent;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (figure.textContent === before) return;
    observer.disconnect();
    const changed = performance.now() - start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ changed, painted: performance.now() - start });
      channel.port2.postMessage(0);
    });
  });
  observer.observe(figure, { childList: true, subtree: true, characterData: true });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
});

/** `CHANGES` answer changes on a page with many fields, alternating two values. */
async function answerChanges(page, field, figure, values) {
  const times = [];
  for (let i = 0; i < CHANGES; i++) {
    times.push(await page.evaluate(changeOnce, [field, figure, values[i % 2]]));
  }
  times.fields = await page.evaluate(() => document.querySelectorAll('input, select, textarea').length);
  return times;
}

writeCaseAnswers();
const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers;

/** Loads the everything-claimed answers into the app through a share link. */
async function appWithEverything(rate) {
  const fresh = await freshPage(rate);
  const { page } = fresh;
  // A fresh device holds no answers of its own: the link's answers open straight on the results.
  await page.goto(`${base}/app/?lang=en#share=${encodeURIComponent(JSON.stringify(everything))}`);
  await page.waitForSelector('[data-testid="total"]');
  return fresh;
}

// A share link as a phone's camera opens it (tests/links: the everything-claimed answers, layout 3).
const sharedLink = readFileSync(join(root, 'tests/links/everything-claimed-anonymous.layout-3.txt'), 'utf8').trim();

/** A fresh 360 px page opening the share link: ms from navigation start until its total is on screen. */
async function sharedLinkLoad(rate, network = null) {
  const { context, page } = await freshPage(rate, null, network, { width: 360, height: 740 });
  const marked = markOf(page, 'total');
  await page.goto(`${base}/app/#s=${sharedLink}`);
  await marked;
  const shown = await page.evaluate(() => window.__bench.marks.total);
  await context.close();
  return { totalShown: shown };
}

/** Heap in use by JavaScript and the size of the WebAssembly memory (which only grows). */
async function memory(page, cdp) {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => {
    const memory = window.__bench.wasm && window.__bench.wasm.memory;
    return memory ? memory.buffer.byteLength : 0;
  });
  return { heap, wasm };
}

// ---- The run ----------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

const appUrl = `${base}/app/`;
const surveyUrl = `${base}/surveyjs/`;
const surveyStartUrl = `${base}/surveyjs/?survey=start`;
const staticUrl = `${base}/static/`;
const start = { control: '开始自评', heading: '单位基本情况' };
const round = () => ({ app: [], survey: [], floor: [], appPress: [], surveyPress: [] });
const loads = { app: [], survey: [], appFast: [], same: round(), slow: round(), link: [], slowLink: [] };
// Interleaved, so that whatever else the machine does falls on every page alike.
for (let i = 0; i < LOADS; i++) {
  loads.same.app.push(await firstPageLoad(appUrl, THROTTLE, null));
  loads.same.survey.push(await firstPageLoad(surveyStartUrl, THROTTLE, null));
  loads.same.floor.push(await firstPageLoad(staticUrl, THROTTLE, null));
  loads.same.appPress.push(await firstPageLoad(appUrl, THROTTLE, start));
  loads.same.surveyPress.push(await firstPageLoad(surveyStartUrl, THROTTLE, start));
  loads.app.push(await coldLoad(appUrl, THROTTLE));
  loads.survey.push(await coldLoad(surveyUrl, THROTTLE));
  loads.appFast.push(await coldLoad(appUrl, 1));
  loads.link.push(await sharedLinkLoad(THROTTLE));
}
gzipOn = true;
for (let i = 0; i < SLOW_LOADS; i++) {
  loads.slow.app.push(await firstPageLoad(appUrl, THROTTLE, null, SLOW_4G));
  loads.slow.survey.push(await firstPageLoad(surveyStartUrl, THROTTLE, null, SLOW_4G));
  loads.slow.floor.push(await firstPageLoad(staticUrl, THROTTLE, null, SLOW_4G));
  loads.slow.appPress.push(await firstPageLoad(appUrl, THROTTLE, start, SLOW_4G));
  loads.slow.surveyPress.push(await firstPageLoad(surveyStartUrl, THROTTLE, start, SLOW_4G));
  loads.slowLink.push(await sharedLinkLoad(THROTTLE, SLOW_4G));
}
gzipOn = false;

// LOADS_ONLY=1: the raw marks of each load as JSON, to compare two builds (DIST=… for the other).
if (process.env.LOADS_ONLY) {
  console.log(JSON.stringify(loads));
  await browser.close();
  server.close();
  process.exit(0);
}

// The page with the most fields for these answers: the projects (every claimed measure a box).
const supportField = '#f-projects-0-other_xicheng_support_wan';
/** The answer changes on the projects page of a fresh page with the everything-claimed answers. */
async function projectsChanges({ page }) {
  await page.goto(`${base}/app/?lang=en#/projects`);
  await page.waitForSelector(supportField);
  return answerChanges(page, supportField, '[data-testid="running-total"]', ['100', '200']);
}

const appPage = await appWithEverything(THROTTLE);
const appSample = await memory(appPage.page, appPage.cdp);
const appChanges = await projectsChanges(appPage);
await appPage.page.goto(`${base}/app/?lang=en#/results`);
await appPage.page.waitForSelector('[data-testid="total"]');
const appMemory = await memory(appPage.page, appPage.cdp);
await appPage.context.close();

const appFast = await appWithEverything(1);
const appChangesFast = await projectsChanges(appFast);
await appFast.context.close();

const surveyPage = await freshPage(THROTTLE);
await surveyPage.page.goto(`${surveyUrl}?page=2`);
await surveyPage.page.waitForSelector('input[aria-label], .sd-question input');
const surveyField = 'input[type="number"]';
const surveyFigure = '.sd-expression';
await surveyPage.page.waitForSelector(surveyFigure);
const surveyChanges = await answerChanges(surveyPage.page, surveyField, surveyFigure, ['600', '700']);
const surveyMemory = await memory(surveyPage.page, surveyPage.cdp);
await surveyPage.context.close();

await browser.close();
server.close();

// ---- The table --------------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const col = (values) => `${ms(median(values))} (${spread(values)})`;
const pick = (list, key) => list.map((m) => m[key]).filter((v) => v !== undefined);

const lines = [];
const say = (line = '') => lines.push(line);
say(`Bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} cores (${cpus()[0].model.trim()}) · Chromium ${chromiumVersion} headless · CPU throttled ${THROTTLE}× through the DevTools protocol · loopback, no compression, service workers blocked (a first visit)`);
say();
for (const [title, files] of [['This app, first load (dist/)', appFiles], ['SurveyJS 2.5.38 page, first load (bench/surveyjs/)', surveyFiles]]) {
  const { rows, total } = weigh(files);
  say(`${title}`);
  say('| asset | raw | gzip -9 | brotli -q 11 |');
  say('|---|---:|---:|---:|');
  for (const r of rows) say(`| ${r.name} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  say(`| **total** | **${r_(total.raw)}** | **${r_(total.gzip)}** | **${r_(total.brotli)}** |`);
  say();
}
function r_(n) { return `${n} (${kb(n)})`; }

// The same first page on both sides: our start page, SurveyJS's start page with the same words
// and controls, and the same page as plain static HTML.
const same = loads.same;
const ratios = (key, a, b) => a.map((m, i) => m[key] / b[i][key]).filter((r) => Number.isFinite(r));
const ratioCol = (values) => `${median(values).toFixed(2)}× (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
say(`The same first page, ${LOADS} rounds (each round: this app, SurveyJS and static HTML, then this app and SurveyJS again for the press; one fresh context each), ${THROTTLE}× CPU, median (min–max), ms from navigation start`);
say('| page | first control painted | LCP | a press on "start" the moment it shows takes effect |');
say('|---|---:|---:|---:|');
say(`| this app (start page drawn into index.html, then the app) | ${col(pick(same.app, 'firstControl'))} | ${col(pick(same.app, 'lcp'))} | ${col(pick(same.appPress, 'clickEffect'))} |`);
say(`| SurveyJS 2.5.38, the same start page (bench/surveyjs/start.json) | ${col(pick(same.survey, 'firstControl'))} | ${col(pick(same.survey, 'lcp'))} | ${col(pick(same.surveyPress, 'clickEffect'))} |`);
say(`| the same start page as static HTML, no script (the floor) | ${col(pick(same.floor, 'firstControl'))} | ${col(pick(same.floor, 'lcp'))} | – |`);
say();
say('Per round, median (min–max) of the rounds\' ratios');
say('| ratio | first control painted | LCP | press takes effect |');
say('|---|---:|---:|---:|');
say(`| this app / SurveyJS | ${ratioCol(ratios('firstControl', same.app, same.survey))} | ${ratioCol(ratios('lcp', same.app, same.survey))} | ${ratioCol(ratios('clickEffect', same.appPress, same.surveyPress))} |`);
say(`| this app / static floor | ${ratioCol(ratios('firstControl', same.app, same.floor))} | ${ratioCol(ratios('lcp', same.app, same.floor))} | – |`);
say(`| static floor / SurveyJS | ${ratioCol(ratios('firstControl', same.floor, same.survey))} | ${ratioCol(ratios('lcp', same.floor, same.survey))} | – |`);
say();
const slow = loads.slow;
say(`The same first page on a slow-4G network (562.5 ms latency, 180,000 B/s down; every file gzip -9), ${SLOW_LOADS} rounds as above, ${THROTTLE}× CPU, median (min–max)`);
say('| page | first control painted | LCP | press takes effect |');
say('|---|---:|---:|---:|');
say(`| this app | ${col(pick(slow.app, 'firstControl'))} | ${col(pick(slow.app, 'lcp'))} | ${col(pick(slow.appPress, 'clickEffect'))} |`);
say(`| SurveyJS 2.5.38 | ${col(pick(slow.survey, 'firstControl'))} | ${col(pick(slow.survey, 'lcp'))} | ${col(pick(slow.surveyPress, 'clickEffect'))} |`);
say(`| static floor | ${col(pick(slow.floor, 'firstControl'))} | ${col(pick(slow.floor, 'lcp'))} | – |`);
say(`| this app / SurveyJS, per round | ${ratioCol(ratios('firstControl', slow.app, slow.survey))} | ${ratioCol(ratios('lcp', slow.app, slow.survey))} | ${ratioCol(ratios('clickEffect', slow.appPress, slow.surveyPress))} |`);
say(`| this app / static floor, per round | ${ratioCol(ratios('firstControl', slow.app, slow.floor))} | ${ratioCol(ratios('lcp', slow.app, slow.floor))} | – |`);
say();
say(`A share link (tests/links, the everything-claimed answers) opened on a fresh 360 px page, ${THROTTLE}× CPU: its total on screen (after the frame that paints it, seen from the page), median (min–max), ms from navigation start`);
say(`| loopback, ${LOADS} loads | slow 4G, ${SLOW_LOADS} loads |`);
say('|---:|---:|');
say(`| ${col(pick(loads.link, 'totalShown'))} | ${col(pick(loads.slowLink, 'totalShown'))} |`);
say();

const appFirst = pick(loads.app, 'firstControl');
const surveyFirst = pick(loads.survey, 'firstControl');
say(`Our first two question pages (SurveyJS: bench/surveyjs/survey.json), cold load to the first control painted, ${LOADS} loads each, fresh context each, median (min–max), ms from navigation start`);
say('| page | CPU | wasm / scripts received | instantiated | first control inserted | first control painted |');
say('|---|---|---:|---:|---:|---:|');
say(`| this app | ${THROTTLE}× | ${col(pick(loads.app, 'wasmReceived'))} | ${col(pick(loads.app, 'instantiated'))} | ${col(pick(loads.app, 'controlInserted'))} | ${col(appFirst)} |`);
say(`| SurveyJS | ${THROTTLE}× | ${col(pick(loads.survey, 'scriptsReceived'))} | – | ${col(pick(loads.survey, 'controlInserted'))} | ${col(surveyFirst)} |`);
say(`| this app | 1× | ${col(pick(loads.appFast, 'wasmReceived'))} | ${col(pick(loads.appFast, 'instantiated'))} | ${col(pick(loads.appFast, 'controlInserted'))} | ${col(pick(loads.appFast, 'firstControl'))} |`);
say();
// The first control is the start page drawn into index.html, there before the wasm: the app's own
// start is from its instance to Trunk's "started" event, sent once main has drawn its first page.
const startup = (list) => list.map((m) => m.started - m.instantiated).filter((v) => !Number.isNaN(v));
say(`Instantiated to the app started (its own first page drawn): ${col(startup(loads.app))} at ${THROTTLE}×, ${col(startup(loads.appFast))} at 1× (budget: one frame, 16 ms, at 1×)`);
say(`**Ratio, first control painted, this app / SurveyJS: ${(median(appFirst) / median(surveyFirst)).toFixed(2)}×** (budget ≤ 0.40×)`);
say();
say(`Answer change to the updated figure, ${CHANGES} changes, median (min–max)`);
say('| page | CPU | figure changed | figure painted |');
say('|---|---|---:|---:|');
const changeRow = (label, rate, times) => say(`| ${label} | ${rate}× | ${col(times.map((t) => t.changed))} | ${col(times.map((t) => t.painted))} |`);
changeRow(`this app, everything-claimed answers, the projects page (${appChanges.fields} fields): the project's support already received → the estimate so far`, THROTTLE, appChanges);
changeRow('this app, the same', 1, appChangesFast);
changeRow(`SurveyJS, a page of ${surveyChanges.fields} number fields and an expression summing them`, THROTTLE, surveyChanges);
say(`Ratio of "figure changed" at ${THROTTLE}×, this app / SurveyJS: ${(median(appChanges.map((t) => t.changed)) / median(surveyChanges.map((t) => t.changed))).toFixed(2)}× (budget: figure changed ≤ 16 ms at 1×; "painted" waits for the next frame, which comes every 16.7 ms)`);
say();
say('Memory after the answers above (JS heap in use + WebAssembly memory)');
say('| page | JS heap | WebAssembly memory | sum |');
say('|---|---:|---:|---:|');
say(`| this app, everything-claimed results (sampled after loading them, and on the results page) | ${kb(Math.max(appSample.heap, appMemory.heap))} | ${kb(appMemory.wasm)} | ${kb(Math.max(appSample.heap, appMemory.heap) + appMemory.wasm)} |`);
say(`| SurveyJS, after the changes | ${kb(surveyMemory.heap)} | – | ${kb(surveyMemory.heap)} |`);
console.log(lines.join('\n'));
