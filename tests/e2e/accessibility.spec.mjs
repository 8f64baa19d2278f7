// axe-core finds no violation on any step, in either language, with and without errors shown.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SelfCheck, caseFile } from './selfcheck.mjs';

async function noViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

for (const lang of ['zh', 'en']) {
  test(`every step passes axe in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new SelfCheck(page, lang);
    await app.open();
    await noViolations(page, 'start');
    await app.start();
    await app.continue();
    await expect(app.errorSummary()).toBeVisible();
    await noViolations(page, 'organisation with errors');

    await app.open();
    await app.importAnswers(caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers);
    await noViolations(page, 'check your answers');
    for (const area of ['recognition', 'growth', 'research', 'scenarios', 'trading', 'infrastructure', 'security', 'ecosystem']) {
      await page.goto(`./${lang === 'en' ? '?lang=en' : ''}#/area/${area}`);
      await app.started();
      await noViolations(page, `area ${area}`);
    }
    await page.goto(`./${lang === 'en' ? '?lang=en' : ''}#/activities`);
    await noViolations(page, 'activities');
    await page.goto(`./${lang === 'en' ? '?lang=en' : ''}#/projects`);
    await noViolations(page, 'projects');
    await page.goto(`./${lang === 'en' ? '?lang=en' : ''}#/results`);
    await app.started();
    await noViolations(page, 'results');
    await context.close();
  });
}
