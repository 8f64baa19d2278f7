// The whole self-check with the keyboard alone: Tab to move, Space to choose, Enter to press.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page, target, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a keyboard-only user completes the self-check', async ({ page }) => {
  const facts = caseFile('data-security-products-get-up-to-200');
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await tabTo(page, page.getByTestId('start'));
  await page.keyboard.press('Enter');
  await app.expectHeading('单位基本情况');

  await tabTo(page, page.locator('#f-entity-operates_in_xicheng'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('开发利用', { exact: true }));
  await page.keyboard.press('Space');
  // Tab reaches a radio group once; the arrow keys choose within it.
  await tabTo(page, page.locator('#f-entity-ict_industry'));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#f-entity-ict_industry-no')).toBeChecked();
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');

  await app.expectHeading('哪些活动与您的单位有关？');
  await tabTo(page, page.getByLabel('数据安全与标准', { exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');

  await app.expectHeading('数据安全与标准');
  await tabTo(page, page.locator('#f-claims-7-security_products'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');

  await app.expectHeading('是否有同一项目？');
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');
  await app.expectHeading('核对您的答案');
  await tabTo(page, page.getByTestId('continue'));
  await page.keyboard.press('Enter');
  await app.expectHeading('自评结果');
  await expect(app.total()).toHaveText(`最高 ${money(facts.expect.total_wan, 'zh')}`);
});
