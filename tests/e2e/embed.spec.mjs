// A partner's page embeds the self-check with a link and one <script> (embed.js), as README gives
// them. The page here is served from another origin and styled to be hostile, with a strict CSP of
// its own. The widget tells it only its height and step, only to its origin; the loader hears only
// its own frame; neither side's styles reach the other; everything the widget does works inside
// the frame; where the script cannot run, the link does.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { SelfCheck, caseFile } from './selfcheck.mjs';

let park;
let appOrigin;

/** README's snippet that starts with `start`, as a webmaster copies it, the district's address filled in. */
function readmeSnippet(start) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed it (partner parks)'));
  const snippet = section.match(new RegExp('```html\\n(' + start + '[^]*?)```'))[1];
  return snippet.replaceAll(/https:\/\/<[^>]+>\/<[^>]+>\//g, `${appOrigin}/`);
}

/**
 * A park's page at `origin`: hostile styles, its own strict CSP, the snippet with `attributes`.
 * `marker`: an empty `div` marked for the frame, `no` marker, README's link-first snippet
 * (`readme`) or its frame alone (`frame`); `src`: where the page looks for the loader.
 */
function parkPage(origin, attributes, { marker = 'div', src = 'embed.js', sticky } = {}) {
  const data = Object.entries(attributes).map(([k, v]) => ` data-${k}="${v}"`).join('');
  const snippet = marker === 'readme' ? readmeSnippet('<a ').replace('/embed.js"', `/${src}"`)
    : marker === 'frame' ? readmeSnippet('<iframe ').replace('https://park.example.cn', origin)
    : `${marker === 'div' ? '<div data-xicheng-self-check></div>' : ''}
    <script async src="${appOrigin}/${src}"${data}></script>`;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>A park</title>
    <style>
      * { box-sizing: content-box !important; font-size: 20px; line-height: 3; color: #6a1b9a; }
      iframe { height: 50px; border: 9px solid magenta; padding: 30px; }
      button, .button, .app, main { background: magenta !important; }
    </style>
    ${sticky ? `<header id="park-header" style="position:sticky;top:0;height:${sticky}px;margin:0;background:#ddd;z-index:1">The park's sticky header</header>` : ''}
    <h1 id="park-title">Welcome to the park</h1>
    <p id="park-text">Our own page, with our own styles.</p>
    ${snippet}
    <div id="park-footer" style="height:1500px">Park footer</div>
    </html>`;
}

test.beforeAll(async ({ baseURL }) => {
  appOrigin = new URL(baseURL).origin;
  park = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const attributes = JSON.parse(url.searchParams.get('data') || '{}');
    // `script=blocked`: the park's CSP allows its own scripts only, not the district's loader.
    const scripts = url.searchParams.get('script') === 'blocked' ? "'self'" : appOrigin;
    // `frame=refused`: the park's CSP has not been given the district's origin for frames.
    const frames = url.searchParams.get('frame') === 'refused' ? "'none'" : appOrigin;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${scripts}; frame-src ${frames}; style-src 'unsafe-inline'`,
    });
    response.end(parkPage(`http://${request.headers.host}`, attributes, {
      marker: url.searchParams.get('marker') || undefined,
      src: url.searchParams.get('src') || undefined,
      sticky: url.searchParams.get('sticky') || undefined,
    }));
  });
  await new Promise((resolve) => park.listen(0, '127.0.0.1', resolve));
});

test.afterAll(() => park.close());

// The park on another site than the widget (as a real park is), or on the same site (127.0.0.1 on
// another port: another origin, but storage in the frame is first-party).
const parkOrigin = (site) => `http://${site === 'same' ? '127.0.0.1' : 'localhost'}:${park.address().port}`;

/** Opens the park's page with the snippet's `attributes`; returns the widget's frame. */
async function openPark(page, attributes = {}, { site = 'other', ...options } = {}) {
  const query = new URLSearchParams({ data: JSON.stringify(attributes), ...options });
  await page.goto(`${parkOrigin(site)}/?${query}`);
  const frame = page.frameLocator('iframe').first();
  // Once the app runs the page, not when the start page drawn into index.html shows.
  await new SelfCheck(frame).started();
  return frame;
}

const frameHeight = (page) => page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().height);
const widgetFrame = (page) => page.frames().find((f) => f.url().startsWith(appOrigin));
const frameTop = (page) => page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().top);

/** The loader's console warnings, as they come. */
function warningsOf(page) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('xicheng self-check') && warnings.push(m.text()));
  return warnings;
}

/** Records every message the park's page hears (before its own scripts run): `heard(page)`. */
const listen = (page) => page.addInitScript(() => {
  if (window !== top) return;
  window.heard = [];
  addEventListener('message', ({ origin, data }) => window.heard.push({ origin, data }));
});
const heard = (page) => page.evaluate(() => window.heard);

/** The frame is as tall as the widget's content: no inner scrollbar, no gap under it. */
async function expectFitted(page, where) {
  await expect.poll(async () => {
    const inner = await widgetFrame(page).evaluate(() => ({
      content: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    const outer = await frameHeight(page);
    return Math.abs(outer - Math.max(200, inner.content)) <= 1 && inner.scroll <= inner.client + 1;
  }, { message: `the frame fits the widget on ${where}` }).toBe(true);
}

for (const width of [360, 1280]) {
  test(`the frame follows the content through every step at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const frame = await openPark(page, { lang: 'en' });
    const app = new SelfCheck(frame, 'en');
    await expectFitted(page, 'start');
    await frame.getByRole('link', { name: 'Start now' }).click();
    await expectFitted(page, 'organisation');
    await frame.getByTestId('continue').click();
    await expectFitted(page, 'organisation with errors');
    await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
    await frame.getByLabel('security and governance', { exact: true }).check();
    await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
    await frame.getByTestId('continue').click();
    await frame.getByLabel('Data security and standards', { exact: true }).check();
    await frame.getByTestId('continue').click();
    await expectFitted(page, 'an area');
    await frame.locator('details.clause summary').first().click();
    await expectFitted(page, 'an area with the policy\'s words open');
    await frame.getByTestId('continue').click();
    await expectFitted(page, 'projects');
    await frame.getByTestId('continue').click();
    await expectFitted(page, 'check your answers');
    await frame.getByTestId('continue').click();
    await expect(frame.locator('h1#page-heading')).toHaveText('Your estimate');
    await expectFitted(page, 'results');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/embed-results-${width}.png` });
  });
}

for (const width of [360, 1280]) {
  test(`a new step brings the frame's top to the window's top at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await listen(page);
    const warnings = warningsOf(page);
    // data-host told, and right: the same as with no data-host, and no warning.
    const frame = await openPark(page, { lang: 'en', host: parkOrigin('other') });
    await new SelfCheck(frame, 'en').importAnswers(caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers);
    await expect(frame.locator('h1#page-heading')).toHaveText('Check your answers');
    await expectFitted(page, 'check your answers');
    await frame.getByTestId('continue').scrollIntoViewIfNeeded();
    expect(await frameTop(page)).toBeLessThan(0);
    await frame.getByTestId('continue').click();
    await expect(frame.locator('h1#page-heading')).toHaveText('Your estimate');
    await expect.poll(async () => Math.abs(await frameTop(page)), { message: 'the frame\'s top at the window\'s top' }).toBeLessThanOrEqual(50);
    // All of the results, however long (every award claimed: some 50,000 px on a phone).
    await expectFitted(page, 'results');
    // What the page heard: from the widget's origin, its height and its step, nothing else.
    const messages = await heard(page);
    expect(messages.length).toBeGreaterThan(2);
    for (const { origin, data } of messages) {
      expect(origin).toBe(appOrigin);
      expect(Object.keys(data).sort()).toEqual(data.kind === 'height' ? ['kind', 'px'] : ['kind', 'step']);
      expect(['height', 'step']).toContain(data.kind);
    }
    expect(warnings).toEqual([]);
  });
}

test('a data-host that is not this page\'s origin: one warning naming both, a frame no taller than the screen that scrolls and says why', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await listen(page);
  const warnings = warningsOf(page);
  // The live site's snippet, copied to a staging page.
  const frame = await openPark(page, { lang: 'en', host: 'https://prod.example' });
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expect(frame.getByLabel('Organisation name', { exact: true })).toBeVisible();
  // The widget has told its height (to prod.example) by the time the frame has painted twice; a
  // message the frame posts after that arrives after any of them would have.
  const widget = widgetFrame(page);
  await widget.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await widget.evaluate(() => parent.postMessage('painted', '*'));
  await expect.poll(async () => (await heard(page)).some((m) => m.data === 'painted')).toBe(true);
  expect((await heard(page)).filter((m) => m.data !== 'painted')).toEqual([]);
  expect(warnings).toEqual([`xicheng self-check: data-host="https://prod.example" is not this page's origin (${parkOrigin('other')}): the frame cannot fit its content and scrolls`]);
  // No taller than the screen (90% of its 700 px), and it says inside why it scrolls.
  expect(await frameHeight(page)).toBe(630);
  await expect(frame.getByTestId('embed-unheard')).toContainText('scroll inside it');
  // The step is taller than the frame, which scrolls to its end: the continue button is reachable.
  const inner = await widget.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: innerHeight }));
  expect(inner.scroll).toBeGreaterThan(inner.client);
  await frame.getByTestId('continue').scrollIntoViewIfNeeded();
  expect(await widget.evaluate(() => scrollY)).toBeGreaterThan(0);
  await frame.getByTestId('continue').click();
  await expect(new SelfCheck(frame, 'en').errorSummary()).toBeVisible();
  expect(warnings).toHaveLength(1);
});

test('README\'s link-first snippet: where the script is blocked the link works; where it runs the frame takes its place', async ({ page }) => {
  const warnings = warningsOf(page);
  for (const [why, blocked] of [['by the park\'s CSP', { script: 'blocked' }], ['by a wrong path', { src: 'self-check/embed.js' }]]) {
    const query = new URLSearchParams({ marker: 'readme', ...blocked });
    await page.goto(`${parkOrigin('other')}/?${query}`, { waitUntil: 'load' });
    const link = page.getByRole('link', { name: '打开西城区数据产业奖励自评' });
    await expect(link, why).toBeVisible();
    expect(await link.getAttribute('href'), why).toBe(`${appOrigin}/`);
    await expect(page.locator('iframe'), why).toHaveCount(0);
    await link.click();
    await expect(page.locator('h1#page-heading:visible'), why).toBeVisible();
    const opened = new URL(page.url());
    expect(`${opened.origin}${opened.pathname}`, why).toBe(`${appOrigin}/`);
  }
  await page.goto(`${parkOrigin('other')}/?marker=readme`);
  await expect(page.frameLocator('iframe').locator('h1#page-heading')).toHaveText('西城区数据产业奖励自评');
  await expect(page.locator('[data-xicheng-self-check]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '打开西城区数据产业奖励自评' })).toHaveCount(0);
  // In the link's place, before the script.
  expect(await page.locator('iframe').evaluate((f) => [f.previousElementSibling.id, f.nextElementSibling.tagName]))
    .toEqual(['park-text', 'SCRIPT']);
  expect(warnings).toEqual([]);
});

test('a park page whose CSP refuses the frame keeps the link, which works, and the console says why', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    await page.clock.install();
    const warnings = warningsOf(page);
    await page.goto(`${parkOrigin('other')}/?marker=readme&frame=refused`, { waitUntil: 'load' });
    const link = page.getByRole('link', { name: '打开西城区数据产业奖励自评' });
    await expect(page.locator('iframe')).toHaveCount(1);
    await page.clock.runFor(5_000);
    await expect(link).toBeVisible();
    // The refused frame takes no room and shows no broken-frame icon.
    expect(await frameHeight(page)).toBe(0);
    await expect(page.locator('iframe')).toBeHidden();
    await page.screenshot({ path: `test-results/screenshots/embed-refused-${width}.png` });
    await page.clock.runFor(16_000);
    await expect.poll(() => warnings).toEqual([
      "xicheng self-check: no word from the frame in 20 s: the link stays (see this page's frame-src, the district's frame-ancestors)",
    ]);
    await link.click();
    await expect(page.locator('h1#page-heading:visible')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(appOrigin);
  }
  // The script alone has no link to keep: its refused frame is an empty box of 600 px (README).
  await page.goto(`${parkOrigin('other')}/?frame=refused`, { waitUntil: 'load' });
  await expect(page.locator('iframe')).toBeVisible();
  expect(await frameHeight(page)).toBe(600);
});

test('data-offset keeps a new step\'s first line below the park\'s sticky header', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  const frame = await openPark(page, { lang: 'en', offset: '80' }, { sticky: '80' });
  const start = frame.getByRole('link', { name: 'Start now' });
  await start.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => frameTop(page)).toBeLessThan(0);
  await start.click();
  await expect(frame.locator('h1#page-heading')).toHaveText('About your organisation');
  await expect.poll(() => frameTop(page), { message: 'the frame\'s top just below the 80 px header' }).toBeGreaterThanOrEqual(79);
  expect(await frameTop(page)).toBeLessThanOrEqual(81);
  await page.screenshot({ path: 'test-results/screenshots/embed-sticky-header-360.png' });
});

test('README\'s frame alone, for a CMS that strips scripts: the embedded widget, 1200 px tall, scrolling inside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await listen(page);
  await page.goto(`${parkOrigin('other')}/?marker=frame`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1#page-heading')).toHaveText('西城区数据产业奖励自评');
  await expect(frame.getByTestId('embed-bar')).toBeVisible();
  await expect(frame.locator('.app-header')).toHaveCount(0);
  expect(await frameHeight(page)).toBe(1200);
  expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox');
  await frame.getByRole('link', { name: '开始自评' }).click();
  await frame.getByTestId('continue').scrollIntoViewIfNeeded();
  expect(await widgetFrame(page).evaluate(() => scrollY)).toBeGreaterThan(0);
  // Nobody listens, and the widget told the page nothing but its height and step.
  expect(await frameHeight(page)).toBe(1200);
  for (const { data } of await heard(page)) expect(['height', 'step']).toContain(data.kind);
});

test('forged and malformed messages change nothing', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en' });
  await expectFitted(page, 'start');
  const before = await frameHeight(page);
  // Every height the loader gives the frame from here on.
  await page.evaluate(() => {
    const widget = document.querySelector('iframe');
    window.heightsGiven = [];
    new MutationObserver(() => window.heightsGiven.push(widget.style.height))
      .observe(widget, { attributes: true, attributeFilter: ['style'] });
  });
  // From the park's page itself, and from a second frame of the widget's own origin.
  await page.evaluate(() => window.postMessage({ kind: 'height', px: 321 }, '*'));
  await page.evaluate((src) => new Promise((done) => {
    const other = document.createElement('iframe');
    other.src = src;
    other.onload = done;
    document.body.append(other);
  }), `${appOrigin}/?lang=en`);
  const second = page.frames().find((f) => f.url() === `${appOrigin}/?lang=en`);
  await second.evaluate(() => parent.postMessage({ kind: 'height', px: 333 }, '*'));
  // From the widget's own frame, but in a wrong shape, or with an absurd height.
  const widget = widgetFrame(page);
  for (const message of [{ kind: 'height', px: '999' }, { kind: 'height', px: 5e7 }, { kind: 'height' }, 'height', null, { px: 444 }]) {
    await widget.evaluate((m) => parent.postMessage(m, '*'), message);
  }
  // Last, a valid message from the widget's frame: messages arrive in the order they were sent,
  // so once the loader has applied this one it has handled every forged one before it.
  const valid = Math.round(before) + 37;
  await widget.evaluate((px) => parent.postMessage({ kind: 'height', px }, '*'), valid);
  await expect.poll(() => page.evaluate(() => window.heightsGiven)).toContain(`${valid}px`);
  // No forged message gave the frame a height: only the valid one did (and the widget's own
  // report of its unchanged height, should it send one).
  const given = await page.evaluate(() => window.heightsGiven);
  expect(given.filter((h) => h !== `${valid}px` && h !== `${before}px`)).toEqual([]);
  await expect(frame.locator('h1#page-heading')).toHaveText('Xicheng data-industry award self-check');
});

test('neither side\'s styles reach the other, and the accent colour is the park\'s', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en', accent: '#0b6e4f' });
  const style = (locator, property) => locator.evaluate((e, p) => getComputedStyle(e)[p], property);
  expect(await style(frame.locator('body'), 'fontSize')).toBe('17px');
  expect(await style(frame.locator('body'), 'lineHeight')).not.toBe('60px');
  expect(await style(frame.getByRole('link', { name: 'Start now' }), 'backgroundColor')).toBe('rgb(11, 110, 79)');
  expect(await style(page.locator('#park-text'), 'fontSize')).toBe('20px');
  expect(await style(page.locator('#park-text'), 'color')).toBe('rgb(106, 27, 154)');
  expect(await style(page.locator('iframe'), 'borderTopWidth')).toBe('0px');
  expect(await style(page.locator('iframe'), 'paddingTop')).toBe('0px');
  await expect(frame.getByTestId('embed-bar')).toContainText('Policy: 西行规发〔2025〕6号');
  await expect(frame.locator('.app-header')).toHaveCount(0);
  await expect(frame.locator('.app-footer')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/embed-hostile-park-1280.png', fullPage: false });
});

test('options that cannot be used fall back, each with one warning naming it', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('xicheng self-check') && warnings.push(m.text()));
  const frame = await openPark(page, { lang: 'fr', accent: '#ffdd00', areas: 'growth,moon', host: 'park', offset: '64px' });
  await expect(frame.locator('h1#page-heading')).toHaveText('西城区数据产业奖励自评');
  expect(await page.locator('iframe').getAttribute('title')).toBe('西城区数据产业奖励自评');
  const start = frame.getByRole('link', { name: '开始自评' });
  expect(await start.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 112, 60)');
  await expect.poll(() => warnings.length).toBe(5);
  for (const name of ['lang', 'host', 'accent', 'areas', 'offset']) {
    expect(warnings.filter((w) => w.includes(`data-${name}=`)), name).toHaveLength(1);
  }
  expect(warnings.find((w) => w.includes('data-accent'))).toContain('too light for white text');
});

test('areas the park offers first come first on the activities page', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en', areas: 'security,growth' });
  await frame.getByRole('link', { name: 'Start now' }).click();
  const app = new SelfCheck(frame, 'en');
  await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
  await frame.getByLabel('security and governance', { exact: true }).check();
  await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
  await frame.getByTestId('continue').click();
  const labels = await frame.locator('fieldset#areas input[type=checkbox]').evaluateAll((inputs) => inputs.map((i) => i.id));
  expect(labels.slice(0, 2)).toEqual(['area-security', 'area-growth']);
  expect(labels).toHaveLength(8);
  expect(await frame.locator('fieldset#areas input:checked').count()).toBe(0);
});

test('inside the frame of a park on the same site, the answers are saved as the page is left', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en' }, { site: 'same' });
  await expect(frame.getByTestId('storage-line')).toContainText('saved automatically');
  await frame.getByRole('link', { name: 'Start now' }).click();
  await frame.getByLabel('Organisation name', { exact: true }).fill('Park Tenant Ltd');
  await page.reload();
  const again = page.frameLocator('iframe');
  await again.getByTestId('resume').click();
  await expect(again.getByLabel('Organisation name', { exact: true })).toHaveValue('Park Tenant Ltd');
});

test('inside the frame of a park on another site: answering, import, export, print, share link, the full self-check', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en' }, { marker: 'no' });
  // Without a marker the widget goes right after the script.
  expect(await page.evaluate(() => document.querySelector('script[src$="embed.js"]').nextElementSibling.tagName)).toBe('IFRAME');
  // The browser keeps a frame of another site from storing anything: the widget says so and works on.
  const stores = await widgetFrame(page).evaluate(() => { try { return !!localStorage; } catch { return false; } });
  await expect(frame.getByTestId('storage-line')).toContainText(stores ? 'saved automatically' : 'your answers are not saved');

  const app = new SelfCheck(frame, 'en');
  await app.importAnswers(caseFile('both-authorisations-are-two-matters-and-give-300').answers);
  await expect(frame.getByTestId('notice')).toContainText('imported');
  await frame.getByTestId('continue').click();
  await expect(frame.locator('h1#page-heading')).toHaveText('Your estimate');

  const download = page.waitForEvent('download');
  await frame.getByTestId('export').click();
  expect((await download).suggestedFilename()).toMatch(/^xicheng-data-awards-answers-.*\.json$/);

  const widget = widgetFrame(page);
  await widget.evaluate(() => { window.printed = 0; addEventListener('beforeprint', () => { window.printed += 1; }); });
  await frame.getByTestId('print').click();
  await expect.poll(() => widget.evaluate(() => window.printed)).toBe(1);

  await frame.getByTestId('share').click();
  const link = new URL(await frame.getByTestId('share-link').inputValue());
  expect(`${link.origin}${link.pathname}`).toBe(`${appOrigin}/`);
  expect(link.search).toBe('?lang=en');
  expect(link.hash.startsWith('#s=')).toBe(true);

  const full = frame.getByTestId('open-full');
  expect(await full.getAttribute('target')).toBe('_blank');
  // With answers, the link is the share link itself: a long-press or a copied link keeps them.
  expect(await full.getAttribute('href')).toBe(link.href);
  const opened = page.context().waitForEvent('page');
  await full.click();
  const tab = await opened;
  await expect(tab.locator('.app-header')).toBeVisible();
  await tab.close();
});

test('"open the full self-check" carries the answers: the new tab opens on the same results', async ({ page }) => {
  const frame = await openPark(page, { lang: 'en' });
  const app = new SelfCheck(frame, 'en');
  await app.importAnswers(caseFile('both-authorisations-are-two-matters-and-give-300').answers);
  await frame.getByTestId('continue').click();
  await expect(frame.locator('h1#page-heading')).toHaveText('Your estimate');
  const total = await app.total().textContent();
  expect(total).toMatch(/^up to /);
  // The link's address holds the answers before anything is clicked (not only once clicked).
  expect(await frame.getByTestId('open-full').getAttribute('href')).toMatch(new RegExp(`^${appOrigin}/\\?lang=en#s=`));
  const opened = page.context().waitForEvent('page');
  await frame.getByTestId('open-full').click();
  const tab = await opened;
  // The full self-check, outside any frame; the tab holds no answers of its own, so the share
  // link's answers open straight on their results.
  expect(new URL(tab.url()).origin).toBe(appOrigin);
  await expect(tab.locator('.app-header')).toBeVisible();
  await expect(tab.locator('h1#page-heading')).toHaveText('Your estimate');
  await expect(new SelfCheck(tab, 'en').total()).toHaveText(total);
  // Told in words that fit whichever link brought them.
  await expect(tab.getByTestId('notice')).toHaveText(/The answers in the link have been loaded/);
  await tab.close();
});

for (const lang of ['zh', 'en']) {
  test(`the embedded page passes axe in ${lang}, with a park's accent colour`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`./?lang=${lang}&embed=${encodeURIComponent('http://localhost:1')}&accent=%230b6e4f`);
    const app = new SelfCheck(page, lang);
    await app.started();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await app.importAnswers(caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers);
    await app.seeResults();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
}
