// The GOV.UK error pattern: a summary that takes focus and links to each field, a message at the
// field, and nothing the user typed thrown away.
import { test, expect } from '@playwright/test';
import { SelfCheck } from './selfcheck.mjs';

test('unanswered questions are listed in a focused summary whose links reach each field', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.start();
  await app.continue();
  const summary = app.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await summary.getByRole('link', { name: /单位是否在西城区依法经营/ }).click();
  await expect(page.locator('#f-entity-operates_in_xicheng')).toBeFocused();
  await expect(app.heading()).toHaveText('单位基本情况');
});

test('an amount in words is refused at its field and what was typed stays', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.start();
  await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
  await app.tick('data infrastructure construction');
  await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
  await app.continue();
  await app.continue();
  await expect(app.errorSummary()).toContainText('Choose at least one area');
  await app.tick('Data infrastructure and compute');
  await app.continue();

  const investment = page.getByLabel('Fixed-asset investment actually completed, excluding civil works (in 10,000 yuan)');
  await app.yesNo('rated a national pilot or demonstration', true);
  await investment.fill('一千');
  await app.continue();
  const summary = app.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Fixed-asset investment actually completed, excluding civil works (in 10,000 yuan): Enter the amount in figures, like 1234.5');
  await summary.getByRole('link').first().click();
  await expect(investment).toBeFocused();
  await expect(investment).toHaveValue('一千');
  await expect(investment).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-claims-6-1a-investment_wan-error')).toContainText('Enter the amount in figures');

  await investment.fill('-5');
  await app.continue();
  await expect(app.errorSummary()).toContainText('The amount cannot be negative');
  await investment.fill('1,000');
  await app.continue();
  await app.expectHeading('Are any of these the same project?');
});

test('the browser\'s back and forward buttons move between steps without losing answers', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.start();
  await app.fill('单位名称', '回退测试公司');
  await app.yesNo('单位是否在西城区依法经营？', true);
  await app.yesNo('单位是否属于信息传输、软件和信息技术服务业？', true);
  await app.continue();
  await expect(app.heading()).toHaveText('哪些活动与您的单位有关？');
  await page.goBack();
  await expect(app.heading()).toHaveText('单位基本情况');
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('回退测试公司');
  await page.goForward();
  await expect(app.heading()).toHaveText('哪些活动与您的单位有关？');
});
