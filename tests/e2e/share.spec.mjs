// A share link carries the answers in its #fragment only, and asks before replacing anything.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

test('a share link round trip gives the same estimate, after asking', async ({ page, context }) => {
  const answers = caseFile('both-authorisations-are-two-matters-and-give-300');
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(answers.answers);
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(url.hash.startsWith('#share=')).toBe(true);

  const other = await context.newPage();
  const mine = new SelfCheck(other, 'zh');
  await other.goto('./');
  await other.evaluate(() => localStorage.clear());
  await mine.open();
  await mine.start();
  await mine.fill('单位名称', '我自己的答案');
  await other.goto(link);
  await expect(other.getByTestId('share-prompt')).toBeVisible();
  await other.getByRole('button', { name: '保留我当前的答案' }).click();
  await expect(other.getByTestId('share-prompt')).toHaveCount(0);
  expect(other.url()).not.toContain('share=');

  await other.goto(link);
  await other.getByRole('button', { name: '使用链接中的答案' }).click();
  await mine.expectHeading('核对您的答案');
  await mine.seeResults();
  await expect(mine.total()).toHaveText(`最高 ${money(answers.expect.total_wan, 'zh')}`);
});

test('a broken share link is reported and changes nothing', async ({ page }) => {
  await page.goto('./#share=%7B%22format');
  await expect(page.getByTestId('notice')).toContainText('分享链接无法读取');
});
