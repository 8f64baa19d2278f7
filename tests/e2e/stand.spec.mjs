// At a stand: a tablet shows the samples and "start over" without scrolling, and on the results
// the QR code's button; a big screen in large presentation shows the total, the overview and the
// QR code side by side, readable from two metres (README, "Forum demos").
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { SelfCheck } from './selfcheck.mjs';

// Where a stand's codes lead: without it no code is drawn in demo mode.
const PUBLIC = 'public=https%3A%2F%2Fselfcheck.example%2F';

const SAMPLES = ['ai-start-up', 'data-exchange', 'park-operator', 'security-services', 'not-yet-in-xicheng'];

const TABLET = { width: 1024, height: 768 };
const BIG = { width: 1920, height: 1080 };

/** Where the element is on the page, in CSS pixels from the top of the document. */
async function placeOf(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left, right: box.right };
  });
}

/** The element lies whole within the first screen, before any scrolling. */
async function inFirstScreen(page, locator, what) {
  await expect(locator, what).toBeVisible();
  const place = await placeOf(locator);
  const height = page.viewportSize().height;
  console.log(`${what}: top ${Math.round(place.top)}, bottom ${Math.round(place.bottom)} of ${height}`);
  expect(place.top, `${what} starts on the page`).toBeGreaterThanOrEqual(0);
  expect(place.bottom, `${what} ends within the first ${height} px`).toBeLessThanOrEqual(height);
  return place;
}

async function fontSize(locator) {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

async function noViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

async function noSidewaysScroll(page) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth, 'nothing runs off the side').toBeLessThanOrEqual(width);
}

for (const lang of ['zh', 'en']) {
  test(`a tablet at a stand in ${lang}: samples, start over and the QR code's button in the first screen`, async ({ page }) => {
    await page.setViewportSize(TABLET);
    const app = new SelfCheck(page, lang);
    await app.open(`mode=demo&${PUBLIC}`);
    await inFirstScreen(page, page.getByTestId('start-over'), 'start over');
    for (const key of SAMPLES) {
      await inFirstScreen(page, page.getByTestId(`sample-${key}`), `the sample ${key}`);
    }
    // A visitor who wants their own figures starts without a scroll too.
    await inFirstScreen(page, page.getByTestId('start'), "the visitor's own start");
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1024-start.png` });

    await page.getByTestId('sample-park-operator').click();
    await app.expectHeading(app.t.estimate);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inFirstScreen(page, page.getByTestId('start-over'), 'start over on the results');
    const button = page.getByTestId('hand-off-button');
    await expect(button).toHaveCount(1);
    await inFirstScreen(page, button, "the QR code's button");
    await inFirstScreen(page, app.total(), 'the total');
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1024-results.png` });

    await button.click();
    await expect(page.getByTestId('qr-code')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1024-qr.png` });
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1024-qr-page.png`, fullPage: true });
    await noViolations(page, `the stand's results with the QR code on a tablet in ${lang}`);
  });

  test(`a big screen at a stand in ${lang}: the samples and the visitor's own start in the first screen, large`, async ({ page }) => {
    await page.setViewportSize(BIG);
    const app = new SelfCheck(page, lang);
    await app.open(`mode=demo&present=large&${PUBLIC}`);
    for (const key of SAMPLES) {
      await inFirstScreen(page, page.getByTestId(`sample-${key}`), `the sample ${key}`);
    }
    await inFirstScreen(page, page.getByTestId('start'), "the visitor's own start");
  });

  test(`a big screen at a stand in ${lang}: the total, the overview and the QR code side by side, large`, async ({ page }) => {
    await page.setViewportSize(BIG);
    const app = new SelfCheck(page, lang);
    await app.open(`mode=demo&present=large&${PUBLIC}`);
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1920-start.png` });
    await page.getByTestId('sample-ai-start-up').click();
    await app.expectHeading(app.t.estimate);
    await page.getByTestId('hand-off-button').click();
    await expect(page.getByTestId('qr-code')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const body = await fontSize(page.locator('body'));
    const total = await fontSize(app.total());
    console.log(`${lang} at 1920 × 1080: body text ${body} px, the total ${total} px`);
    expect(body, 'body text readable from two metres').toBeGreaterThanOrEqual(24);
    expect(total, 'the total readable from two metres').toBeGreaterThanOrEqual(64);

    const totalAt = await inFirstScreen(page, app.total(), 'the total');
    const codeAt = await inFirstScreen(page, page.getByTestId('qr-code'), 'the QR code');
    await inFirstScreen(page, page.locator('.overview-bar').first(), "the overview's first bar");
    const overviewAt = await placeOf(page.getByTestId('overview'));
    // Side by side: left to right, none over another, and beside each other at the total's height.
    expect(totalAt.right).toBeLessThanOrEqual(overviewAt.left);
    expect(overviewAt.right).toBeLessThanOrEqual(codeAt.left);
    for (const [what, place] of [['the overview', overviewAt], ['the QR code', codeAt]]) {
      expect(place.top, `${what} begins beside the total`).toBeLessThan(totalAt.bottom);
    }
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1920-results.png` });
    await page.screenshot({ path: `test-results/screenshots/stand-${lang}-1920-results-page.png`, fullPage: true });
    await noViolations(page, `the stand's results with the QR code on a big screen in ${lang}`);
  });
}

test('outside demo mode the results keep their order: the tools after the next steps, no stand layout', async ({ page }) => {
  await page.setViewportSize(TABLET);
  const app = new SelfCheck(page, 'en');
  await app.resultsOf(JSON.parse(readFileSync(new URL('../../samples/park-operator.json', import.meta.url), 'utf8')));
  await expect(page.locator('.report-stand')).toHaveCount(0);
  await expect(page.locator('.report-page-one .save-tools')).toHaveCount(0);
  await expect(page.locator('.report-header .report-facts')).toHaveCount(1);
});
