// The results read on a phone: the total, a list of the page's sections and the next steps come
// first; what each figure rests on, the echo of the answers and the measures that do not apply are
// folded behind a line that opens them, and print open.
import { test, expect } from '@playwright/test';
import { SelfCheck } from './selfcheck.mjs';

// A small firm: three awards and a service.
const small = {
  format: 'xicheng-data-awards/answers', version: 1,
  entity: { name: '示例科技', operates_in_xicheng: true, data_fields: ['development'], ict_industry: true },
  claims: {
    '2.2b': { generative_ai: 1, algorithm: 1, scenarios_promoted: true },
    '4.3b': { data_products: true },
    8: { industry: 1 },
    9.3: { talent: true },
  },
};

for (const lang of ['zh', 'en']) {
  test(`a small firm's results on a phone, in ${lang}: folded, with their sections listed first`, async ({ browser, baseURL }) => {
    // A phone: 360 px, touch, a coarse pointer (so "continue on your phone" is not offered).
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const app = new SelfCheck(page, lang);
    await app.resultsOf(small);
    const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

    // The contents come before the next steps, the next steps before the awards' details.
    const contents = page.getByTestId('results-contents');
    await expect(contents.getByRole('link')).toHaveCount(4);
    const [total, listed, next, cards] = [
      await top(app.total()), await top(contents), await top(page.getByTestId('next-steps')), await top(page.getByTestId('award-2.2b')),
    ];
    expect(total).toBeLessThan(listed);
    expect(listed).toBeLessThan(next);
    expect(next).toBeLessThan(cards);

    // Each card shows its title, status and figure; its calculation and clause are folded.
    const card = page.getByTestId('award-2.2b');
    await expect(card.getByTestId('amount-2.2b')).toBeVisible();
    const calculation = card.locator('.calculation');
    await expect(calculation).toBeHidden();
    await card.getByTestId('card-more-2.2b').locator('> summary').click();
    await expect(calculation).toBeVisible();
    await expect(calculation).toContainText(lang === 'zh' ? '100' : '1');

    // The echo of the answers is folded, and opens.
    const answers = page.getByTestId('answers-fold');
    await expect(answers.locator('dl').first()).toBeHidden();
    await answers.locator('> summary').click();
    await expect(answers.locator('dl').first()).toBeVisible();

    // No square to tick on screen: it is drawn on paper, where it can be ticked.
    await expect(page.locator('.checklist .tick').first()).toBeHidden();

    // The page's height at 360 px, with every fold closed: at most 4,500 px in Chinese (issue 30;
    // 7,610 before the folds). English words are longer: its bound is its own, measured.
    await answers.locator('> summary').click();
    await card.getByTestId('card-more-2.2b').locator('> summary').click();
    // With the footer as a returning visitor sees it: "available offline" once the worker holds
    // every file (a line that comes late would otherwise fall outside the measure).
    await expect(page.locator('html[data-offline="ready"]')).toHaveCount(1, { timeout: 15_000 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`a small firm's results at 360 px, ${lang}: ${height} px`);
    await page.screenshot({ path: `test-results/screenshots/results-small-firm-360-${lang}.png`, fullPage: true });
    expect(height).toBeLessThanOrEqual(lang === 'zh' ? 4_500 : 6_400);
    await context.close();
  });
}

test('a link of the contents moves the focus to its section and leaves the address alone', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(small);
  const address = page.url();
  await page.getByTestId('results-contents').getByRole('link', { name: '您的答案' }).click();
  await expect(page.locator('#answers-title')).toBeFocused();
  expect(page.url()).toBe(address);
  await page.getByTestId('results-contents').getByRole('link', { name: '下一步' }).click();
  await expect(page.locator('#next-title')).toBeFocused();
  await expect(page.locator('#next-title')).toBeInViewport();
});

test('the folds print open, without the words that open them', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(small);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.award-card .calculation').first()).toBeVisible();
  await expect(page.locator('.report-answers dl').first()).toBeVisible();
  await expect(page.locator('.fold > summary').first()).toBeHidden();
  await expect(page.locator('.checklist .tick').first()).toBeVisible();
  await page.emulateMedia({ media: null });
  await expect(page.locator('.award-card .calculation').first()).toBeHidden();
});
