// Work in progress is saved on the device: reload resumes, export → clear → import restores, and
// damaged or foreign data says so and leaves the app usable.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

test('a reload resumes at the same step with every answer', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.start();
  await app.yesNo('单位是否在西城区依法经营？', true);
  await app.tick('安全治理');
  await app.yesNo('单位是否属于信息传输、软件和信息技术服务业？', false);
  await app.continue();
  await app.tick('数据安全与标准');
  await app.continue();
  await app.fill('已公布的国家标准数量（起草单位前三名）', '２');
  await page.reload();
  await expect(app.heading()).toHaveText('数据安全与标准');
  await expect(page.getByLabel('已公布的国家标准数量（起草单位前三名）', { exact: true })).toHaveValue('２');

  await page.goto('./');
  await expect(page.getByTestId('resume')).toBeVisible();
  await page.getByTestId('resume').click();
  await expect(app.heading()).toHaveText('数据安全与标准');
});

test('export, clear and import give back the same answers and figures', async ({ page }) => {
  const answers = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(answers.answers);
  await expect(app.total()).toHaveText(`最高 ${money(answers.expect.total_wan, 'zh')}`);

  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.format).toBe('xicheng-data-awards/answers');
  expect(exported.version).toBe(1);

  await page.getByTestId('start-again').click();
  await page.getByTestId('confirm-clear-yes').click();
  await expect(page.getByTestId('notice')).toContainText('已清除');
  await expect(page.getByTestId('resume')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('xicheng')).length)).toBe(0);

  await app.importAnswers(exported);
  await expect(page.getByTestId('notice')).toContainText('已导入');
  await app.seeResults();
  await expect(app.total()).toHaveText(`最高 ${money(answers.expect.total_wan, 'zh')}`);
});

test('a foreign file is refused with its reasons and the answers stay', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.start();
  await app.fill('Organisation name', 'Keep me Ltd');
  await page.goto('./?lang=en');
  await page.getByTestId('import-file').setInputFiles({
    name: 'other.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'someone-else', version: 3, entity: {} })),
  });
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('could not be imported');
  await expect(notice).toContainText('format: is not this tool\'s answers file');
  await expect(notice).toContainText('version: version 3 cannot be read');
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(notice).toContainText('not valid JSON (line 1, column 3)');
  await page.getByTestId('resume').click();
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('Keep me Ltd');
});

test('damaged saved data is reported, kept aside, and the app starts afresh', async ({ page }) => {
  // The app reads saved work once, as it starts: plant the record only after it has (the start
  // page drawn into index.html shows the heading before the app has read anything).
  await new SelfCheck(page).open();
  await page.evaluate(() => localStorage.setItem('xicheng-data-awards/work-in-progress', '{"draft": [1, 2'));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('无法读取');
  await expect(page.getByTestId('set-aside')).toContainText('已原样另存（没有删除）');
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((key) => key.startsWith('xicheng-data-awards/unreadable-saved-work/'))
    .map((key) => localStorage.getItem(key)));
  expect(kept).toEqual(['{"draft": [1, 2']);
  const app = new SelfCheck(page, 'zh');
  await app.start();
  await expect(app.heading()).toHaveText('单位基本情况');
});

test('demo mode stores nothing on the device', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open('mode=demo');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await app.start();
  await app.fill('单位名称', '演示公司');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a browser that refuses storage still runs the self-check and says nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('storage is blocked here', 'SecurityError'); },
    });
  });
  const app = new SelfCheck(page, 'en');
  await app.open();
  await expect(page.getByTestId('storage-line')).toContainText('your answers are not saved');
  await app.start();
  await app.fill('Organisation name', 'Sandboxed Ltd');
  await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
  await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
  await app.continue();
  await app.expectHeading('Which activities apply to your organisation?');
});

test('a refused file\'s reasons follow a change of language', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await page.getByTestId('import-file').setInputFiles({
    name: 'other.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'xicheng-data-awards/answers', version: 1, entity: {}, claims: { '6.1a': { national_pilot: true, investment_wan: '-5' } } })),
  });
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('claims.6.1a.investment_wan: 金额不能为负数');
  await page.getByTestId('lang-switch').click();
  await expect(notice).toContainText('claims.6.1a.investment_wan: The amount cannot be negative');
  await expect(notice).not.toContainText('金额不能为负数');
});
