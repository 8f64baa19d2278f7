// "Check your answers" after an import lists every question of the chosen areas: a file need not
// answer them all, and those it leaves are marked "not answered", each with a link to answer it.
import { test, expect } from '@playwright/test';
import { SelfCheck } from './selfcheck.mjs';

const partial = {
  format: 'xicheng-data-awards/answers', version: 1,
  entity: { name: '示例科技', operates_in_xicheng: true, data_fields: ['security'], ict_industry: false },
  // Article 8 (standards): one count answered, the other levels left to the user.
  claims: { 8: { industry: 1 } },
};

for (const [lang, unanswered, answer] of [['zh', '未回答', '回答'], ['en', 'Not answered', 'Answer']]) {
  test(`after an import, the questions the file leaves are marked and can be answered, in ${lang}`, async ({ page }) => {
    const app = new SelfCheck(page, lang);
    await app.open();
    await app.importAnswers(partial);
    const given = page.locator('.summary-row[data-field="f-claims-8-industry"]');
    await expect(given.locator('.summary-answer')).toHaveText(/^1/);
    const left = page.locator('.summary-row[data-field="f-claims-8-national"]');
    await expect(left.locator('.summary-answer')).toHaveText(unanswered);
    // Every unanswered row is of a chosen area's question, and each has its link.
    const rows = page.locator('.summary-unanswered');
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(rows.locator('button')).toHaveCount(await rows.count());
    await left.getByRole('button', { name: new RegExp(`^${answer}`) }).click();
    await expect(page.locator('#f-claims-8-national')).toBeFocused();
    await page.locator('#f-claims-8-national').fill('2');
    await app.continue();
    await expect(page.locator('.summary-row[data-field="f-claims-8-national"] .summary-answer')).toHaveText(/^2/);
    // The printed report lists only what was answered.
    await app.seeResults();
    await expect(page.locator('.report-answers .summary-unanswered')).toHaveCount(0);
  });
}
