// After load the page makes no network request at all, and cannot: its CSP forbids connections.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile } from './selfcheck.mjs';

test('no network request after load, whatever the user does', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const app = new SelfCheck(page, 'zh');
  await app.open();
  const atLoad = requests.length;
  expect(requests.every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);

  await app.importAnswers(caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers);
  await app.seeResults();
  await page.getByTestId('share').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  await download;
  await page.getByTestId('lang-switch').click();
  // Let the app settle before reading the log: the results written out in English, the effects
  // after that render run (the page's language), focus where the user left it (a change of
  // language does not move it), and nothing in flight.
  await expect(app.heading()).toHaveText('Your estimate');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('lang-switch')).toBeFocused();
  await page.waitForLoadState('networkidle');
  const afterLoad = requests.slice(atLoad).filter((url) => !url.startsWith('blob:'));
  expect(afterLoad).toEqual([]);
});

test('the page cannot reach the network even if it tried', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('./index.html');
      return 'fetched';
    } catch (error) {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
});

test('a share link and its QR code hold no name, credit code or contact: with or without them they are the same', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5').answers;
  const who = { name: '示例数据科技有限公司', credit_code: '91350100M000100Y43', contact: '张三，010-12345678' };
  const linkAndCode = async (entity) => {
    await app.open('public=https%3A%2F%2Fselfcheck.example%2F');
    await app.importAnswers({ ...everything, entity });
    await page.getByTestId('hand-off-button').first().click();
    const code = await page.getByTestId('qr-code').first().locator('path').getAttribute('d');
    await app.seeResults();
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    await expect(page.getByText('单位名称、统一社会信用代码和联系人不在链接里')).toBeVisible();
    return { link, code };
  };
  const { name, credit_code, contact, ...rest } = everything.entity;
  const anonymous = await linkAndCode(rest);
  const named = await linkAndCode({ ...rest, ...who });
  expect(named).toEqual(anonymous);
  expect(named.code).toBeTruthy();
});
