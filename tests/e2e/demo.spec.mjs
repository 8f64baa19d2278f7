// Forum demos: sample organisations in one tap, a stand that resets itself when nobody is there,
// a result that reads at a glance, and a QR code that takes the answers home through the camera.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readdirSync, readFileSync } from 'node:fs';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

// Where a stand's codes lead: the self-check's public address (README, "Forum demos").
const PUBLIC = 'public=https%3A%2F%2Fselfcheck.example%2F';

const SAMPLES = ['ai-start-up', 'data-exchange', 'park-operator', 'security-services', 'not-yet-in-xicheng'];

/** The case file whose answers are the sample's file (`sample-…` in tests/cases, naming the file
 *  by `answers_file`): the figures the page must show. Found by the file it names, so that no
 *  second list of names can drift. */
function sampleCase(key) {
  const named = readdirSync(new URL('../cases/', import.meta.url))
    .filter((name) => name.startsWith('sample-'))
    .find((name) => JSON.parse(readFileSync(new URL(`../cases/${name}`, import.meta.url), 'utf8')).answers_file === `../../samples/${key}.json`);
  expect(named, `a case file holds the sample ${key}`).toBeTruthy();
  return caseFile(named.replace(/\.json$/, ''));
}

/** Stops the page's clock where it is: from here on only `runFor` moves it, so that slow steps of
 *  the test itself (axe, screenshots) cannot let the countdown run out. */
async function holdClock(page) {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
}

/** The results page draws what follows its first screen in a task of its own, after a timer:
 *  on a held clock, the clock is moved on by a millisecond for it. */
async function restOfResults(page) {
  await expect(page.getByTestId('total')).toBeVisible();
  await page.clock.runFor(1);
}

async function noViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/** axe waits on timers of its own: on a held clock, the clock is moved on by small steps until
 *  the scan is done (each step also moves the page's countdown, by far less than a second). */
async function noViolationsOnHeldClock(page, where) {
  let done = false;
  // Settled either way before the loop ends, so that a failed scan fails the test with its own
  // message rather than as a rejection nobody awaited.
  const scan = noViolations(page, where).then(() => null, (error) => error).finally(() => { done = true; });
  let moved = 0;
  while (!done) {
    // While axe works, one step of the clock now and then fails with "target closed" although
    // the page lives on (seen 1 run in 8, before and after 2026-11-29's changes): that step is
    // taken again; a page that did close still fails the test.
    await page.clock.runFor(20).catch((error) => {
      if (page.isClosed()) throw error;
    });
    moved += 20;
  }
  const failed = await scan;
  if (failed) throw failed;
  return moved;
}

/** The text of the QR code on the page, read from a screenshot as a phone's camera would. */
async function scanCode(page) {
  const shot = await page.getByTestId('qr-code').screenshot();
  const image = await loadImage(shot);
  const canvas = createCanvas(image.width, image.height);
  const drawing = canvas.getContext('2d');
  drawing.drawImage(image, 0, 0);
  const { data, width, height } = drawing.getImageData(0, 0, image.width, image.height);
  const code = jsQR(new Uint8ClampedArray(data), width, height);
  expect(code, 'a QR code readable from the screenshot').not.toBeNull();
  return code.data;
}

for (const key of SAMPLES) {
  test(`the sample ${key} loads in one tap and shows its case file's total`, async ({ page }) => {
    const expected = sampleCase(key).expect;
    const app = new SelfCheck(page, 'zh');
    await app.open(`mode=demo&${PUBLIC}`);
    await page.getByTestId(`sample-${key}`).click();
    await app.expectHeading('自评结果');
    const inXicheng = expected.total_wan !== '0';
    const shown = inXicheng ? app.total() : page.getByTestId('potential');
    await expect(shown).toHaveText(`最高 ${money(inXicheng ? expected.total_wan : expected.potential_wan, 'zh')}`);
    for (const [id, amount] of Object.entries(expected.measures)) {
      await expect(app.amount(id)).toHaveText(money(amount, 'zh'));
    }
    // Whose figures these are, right under the heading and above the total: a sample's name.
    const whose = page.getByTestId('results-for');
    await expect(whose).toHaveText(/^示例·/);
    const [nameAt, totalAt] = await Promise.all([whose.boundingBox(), shown.boundingBox()]);
    expect(nameAt.y).toBeLessThan(totalAt.y);

    // The code for a visitor's phone, without the lines meant for staff: the link's length, and
    // the warning that the public address the staff set is another site.
    await page.getByTestId('hand-off-button').first().click();
    await expect(page.getByTestId('qr-code')).toBeVisible();
    await expect(page.getByTestId('hand-off-length')).toHaveCount(0);
    await expect(page.getByTestId('link-foreign')).toHaveCount(0);
  });
}

test('start over is one tap away in demo mode and leaves a bare start', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open('mode=demo');
  await page.getByTestId('sample-data-exchange').click();
  await app.expectHeading('Your estimate');
  await page.getByTestId('start-over').click();
  await app.expectHeading('Xicheng data-industry award self-check');
  await expect(page.getByTestId('resume')).toHaveCount(0);
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

for (const lang of ['zh', 'en']) {
  test(`idle at a stand in ${lang}: a warning that counts down, "continue" keeps the answers`, async ({ page }) => {
    await page.clock.install();
    const app = new SelfCheck(page, lang);
    await app.open('mode=demo&idle=30');
    await holdClock(page);
    await page.getByTestId('sample-ai-start-up').click();
    await expect(app.total()).toBeVisible();

    await page.clock.runFor(28_000);
    const dialog = page.getByTestId('idle-dialog');
    await expect(dialog).toHaveCount(0);
    await page.clock.runFor(3_000);
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('idle-continue')).toBeFocused();
    const secondsLeft = async () => Number((await page.getByTestId('idle-seconds').textContent()).match(/\d+/)[0]);
    const first = await secondsLeft();
    expect(first).toBeGreaterThanOrEqual(18);
    expect(first).toBeLessThanOrEqual(20);
    await page.clock.runFor(5_000);
    expect(first - (await secondsLeft())).toBeGreaterThanOrEqual(5);
    await expect(page.locator('[aria-live="assertive"]')).toContainText(/\b(20|10)\b/);
    const moved = await noViolationsOnHeldClock(page, `the idle warning in ${lang}`);
    expect(moved, 'the scan left time on the countdown').toBeLessThan(5_000);
    // A tap beside the dialog does not close it: only "continue" does, so that no tap lands on
    // what lies beneath.
    await page.mouse.click(5, 5);
    await expect(dialog).toBeVisible();
    await page.getByTestId('idle-continue').click();
    await expect(dialog).toHaveCount(0);
    await expect(app.total()).toBeVisible();

    // Any touch is activity too: no warning while someone uses the stand.
    for (let i = 0; i < 4; i += 1) {
      await page.clock.runFor(20_000);
      await page.mouse.click(5, 300);
    }
    await expect(dialog).toHaveCount(0);
  });
}

test('idle and no answer: a bare start, nothing kept, nothing to go back to', async ({ page }) => {
  await page.clock.install();
  const app = new SelfCheck(page, 'en');
  await app.open(`mode=demo&idle=30&${PUBLIC}`);
  await holdClock(page);
  await page.getByTestId('sample-ai-start-up').click();
  await restOfResults(page);
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('qr-code')).toBeVisible();

  await page.clock.runFor(31_000);
  await expect(page.getByTestId('idle-dialog')).toBeVisible();
  await expect(page.getByTestId('qr-code'), 'no code left for the next visitor to scan').toHaveCount(0);
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('idle-dialog')).toHaveCount(0);
  await expect(app.heading()).toHaveText('Xicheng data-industry award self-check');
  await expect(page.getByTestId('resume')).toHaveCount(0);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  const url = new URL(page.url());
  expect(url.hash).toBe('#/');
  expect(url.search).toBe(`?lang=en&mode=demo&idle=30&${PUBLIC}`);

  await page.goBack();
  await expect(app.total()).toHaveCount(0);
  await expect(page.getByText('示例·')).toHaveCount(0);
});

test('nothing times out outside demo mode', async ({ page }) => {
  await page.clock.install();
  const app = new SelfCheck(page, 'en');
  await app.open('idle=30');
  await holdClock(page);
  await app.start();
  await page.clock.runFor(10 * 60_000);
  await expect(page.getByTestId('idle-dialog')).toHaveCount(0);
  await app.expectHeading('About your organisation');
});

test('large presentation makes every size larger', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open('mode=demo&present=large');
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe('21px');
  await app.open('mode=demo');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
});

test('at a stand served from this machine the code is drawn only once a public address is set', async ({ page, browser }) => {
  const sample = caseFile('sample-a-data-industry-park-operator-gets-up-to-890');
  const app = new SelfCheck(page, 'zh');
  await app.open('mode=demo');
  await page.getByTestId('sample-park-operator').click();
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('hand-off-unreachable')).toContainText('127.0.0.1');
  await expect(page.getByTestId('hand-off-unreachable')).toContainText('?public=');
  await expect(page.getByTestId('qr-code')).toHaveCount(0);

  await app.open(`mode=demo&${PUBLIC}`);
  await page.getByTestId('sample-park-operator').click();
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('hand-off-unreachable')).toHaveCount(0);
  const link = await scanCode(page);
  expect(link.startsWith('https://selfcheck.example/')).toBe(true);
  await expect(page.getByTestId('link-destination').first()).toContainText('https://selfcheck.example/');
  // The visitor's phone, holding no answers: straight to the results, no question asked.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const other = await phone.newPage();
  await other.goto(link.replace('https://selfcheck.example/', 'http://127.0.0.1:4173/'));
  const visitor = new SelfCheck(other, 'zh');
  await expect(visitor.heading()).toHaveText('自评结果');
  await expect(other.getByTestId('share-prompt')).toHaveCount(0);
  await expect(visitor.total()).toHaveText(`最高 ${money(sample.expect.total_wan, 'zh')}`);
  await phone.close();
});

for (const lang of ['zh', 'en']) {
  test(`the QR code in ${lang} is a link that opens the same estimate on another device`, async ({ page, browser }) => {
    const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
    await page.setViewportSize({ width: 1280, height: 900 });
    const app = new SelfCheck(page, lang);
    await app.open('public=http%3A%2F%2F127.0.0.1%3A4173%2F');
    await app.importAnswers(everything.answers);
    await app.seeResults();
    await page.getByTestId('hand-off-button').first().click();
    await expect(page.getByTestId('hand-off-button').first()).toHaveAttribute('aria-expanded', 'true');
    const link = await scanCode(page);
    const version = await page.getByTestId('qr-code').getAttribute('data-version');
    console.log(`everything-claimed, ${lang}: QR version ${version}, level M, link of ${link.length} characters`);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/(\?lang=en)?#s=[A-Za-z0-9_-]+$/);
    expect(new URL(link).hash.length).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `test-results/screenshots/hand-off-${lang}-1280.png`, fullPage: false });
    await noViolations(page, `the results with the QR code in ${lang}`);

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const other = await phone.newPage();
    const mine = new SelfCheck(other, lang);
    await other.goto(link);
    // A phone without answers of its own asks nothing: it opens on the link's results, told so.
    await expect(mine.heading()).toHaveText(mine.t.estimate);
    await expect(other.getByTestId('share-prompt')).toHaveCount(0);
    await expect(other.getByTestId('notice')).toBeVisible();
    expect(other.url()).not.toContain('#s=');
    await expect(mine.total()).toHaveText(`${lang === 'zh' ? '最高' : 'up to'} ${money(everything.expect.total_wan, lang)}`);
    await phone.close();
  });
}

test('the overview reads at a glance: bars, links to the cards, near misses counted', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  for (const width of [360, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await app.open('mode=demo');
    await page.getByTestId('sample-ai-start-up').click();
    await app.expectHeading('自评结果');
    await page.getByTestId('overview').screenshot({ path: `test-results/screenshots/overview-zh-${width}.png` });
  }
  await expect(page.locator('.overview-bar')).toHaveCount(3);
  await expect(page.getByTestId('overview-near')).toHaveCount(0);
  const toCard = page.getByTestId('overview-2.2b').getByRole('link');
  const card = page.getByTestId('award-2.2b').locator(await toCard.getAttribute('href'));
  await toCard.click();
  await expect(card).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/results');

  await page.getByTestId('start-over').click();
  await page.getByTestId('sample-not-yet-in-xicheng').click();
  await expect(page.getByTestId('overview-near')).toContainText('另有 1 项奖励');
  await page.getByTestId('overview-near').getByRole('link').click();
  await expect(page.locator('#near-title')).toBeFocused();
  await noViolations(page, 'the overview with a near miss');
});

for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    test(`screenshots of the stand in ${lang} at ${width} px: samples, warning, QR code`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.clock.install();
      const app = new SelfCheck(page, lang);
      await app.open(`mode=demo&idle=30&present=large&${PUBLIC}`);
      await holdClock(page);
      const shots = `test-results/screenshots/demo-${lang}-${width}`;
      await page.screenshot({ path: `${shots}-start.png`, fullPage: true });
      await page.getByTestId('sample-park-operator').click();
      await restOfResults(page);
      await page.getByTestId('hand-off-button').first().click();
      await page.getByTestId('hand-off').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}-qr.png` });
      await page.clock.runFor(31_000);
      await expect(page.getByTestId('idle-dialog')).toBeVisible();
      await page.screenshot({ path: `${shots}-idle.png` });
      // Nothing runs off the side of a phone's screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
