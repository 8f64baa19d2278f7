// Screenshots of the start page, a question page and the results at phone and desktop widths
// (saved under test-results/screenshots), no sideways scrolling down to 320 px, and the print
// report as a PDF.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SelfCheck, caseFile } from './selfcheck.mjs';

const shots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });
const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers;

async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
}

for (const width of [320, 360, 1280]) {
  test(`start, a question page and the results at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new SelfCheck(page, 'zh');
    await app.open();
    await noSidewaysScroll(page, 'start');
    if (width !== 320) await page.screenshot({ path: `${shots}start-${width}.png`, fullPage: true });
    await app.importAnswers(everything);
    await page.goto('./#/area/ecosystem');
    await expect(app.heading()).toHaveText('融资、活动、园区与服务');
    await noSidewaysScroll(page, 'question page');
    if (width !== 320) await page.screenshot({ path: `${shots}question-${width}.png`, fullPage: true });
    await page.goto('./#/results');
    await expect(app.heading()).toHaveText('自评结果');
    await noSidewaysScroll(page, 'results');
    if (width !== 320) await page.screenshot({ path: `${shots}results-${width}.png`, fullPage: true });
  });
}

test('the report facts stay readable on the narrowest phone in English', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const app = new SelfCheck(page, 'en');
  await app.resultsOf(everything);
  // A label column as wide as "Date of the self-assessment" once squeezed the values to a few letters a line.
  for (const value of await page.locator('.report-facts dd').all()) {
    const box = await value.boundingBox();
    expect(box.width).toBeGreaterThan(240);
  }
  await page.screenshot({ path: `${shots}results-en-320.png`, fullPage: false });
});

test('the printed report has the answers and results but no buttons', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(everything);
  await page.emulateMedia({ media: 'print' });
  // No button is shown on paper: none is in the accessibility tree, and none takes any room.
  await expect(page.getByRole('button')).toHaveCount(0);
  const shown = await page.locator('button, [role="button"]').evaluateAll((all) =>
    all.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => e.outerHTML.slice(0, 80)));
  expect(shown).toEqual([]);
  await expect(page.getByText('自评报告')).toBeVisible();
  await expect(page.getByRole('heading', { name: '您的答案' })).toBeVisible();
  await page.pdf({ path: `${shots}report.pdf`, format: 'A4', printBackground: true });
});

for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    test(`the organisation page, follow-ups opened, the check page and the clear question in ${lang} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const app = new SelfCheck(page, lang);
      await app.open();
      await app.start();
      await noSidewaysScroll(page, 'organisation');
      await page.screenshot({ path: `${shots}organisation-${lang}-${width}.png`, fullPage: true });
      await app.open();
      await app.importAnswers({
        format: 'xicheng-data-awards/answers', version: 1,
        entity: { operates_in_xicheng: true, data_fields: ['infrastructure'], ict_industry: true },
        claims: { '6.1a': { national_pilot: true, investment_wan: '８，０００' }, '6.1b': { retrofit_funded: false }, '6.2': { rents_compute: true } },
      });
      await page.screenshot({ path: `${shots}check-${lang}-${width}.png`, fullPage: true });
      await page.goto(lang === 'en' ? './?lang=en#/area/infrastructure' : './#/area/infrastructure');
      await expect(page.locator('#f-claims-6-2-compute_rent_paid_wan')).toBeVisible();
      await expect(page.locator('#f-claims-6-1b-retrofit_name')).toBeHidden();
      await noSidewaysScroll(page, 'area with follow-ups');
      await page.screenshot({ path: `${shots}follow-ups-${lang}-${width}.png`, fullPage: true });
      await page.goto(lang === 'en' ? './?lang=en#/results' : './#/results');
      await page.getByTestId('start-again').click();
      await expect(page.getByTestId('confirm-clear-yes')).toBeVisible();
      await page.getByTestId('confirm-clear').screenshot({ path: `${shots}clear-${lang}-${width}.png` });
    });
  }
}
