// What the app accepts it keeps: a large file survives a reload and its export imports again; a
// full storage, another tab and an unreadable record are said where the user is, and nothing is
// deleted or overwritten unseen; a file that is not UTF-8 is refused, not guessed; a name counts
// the same in the box and in the file; and every share link says where it leads.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SelfCheck } from './selfcheck.mjs';

const KEY = 'xicheng-data-awards/work-in-progress';
const SET_ASIDE = 'xicheng-data-awards/unreadable-saved-work';
const base = { format: 'xicheng-data-awards/answers', version: 1 };
const entity = { operates_in_xicheng: true, data_fields: ['development'], ict_industry: true };

/** Answers of about 300 KB, every list full of long names: within every limit of the format. */
function large() {
  const name = (i) => `${'数据'.repeat(99)}${i % 100}`;
  return {
    ...base,
    entity: { ...entity, name: '大型示例单位' },
    claims: {
      '3.1': { platforms: Array.from({ length: 100 }, (_, i) => ({ name: name(i), level: 'national' })) },
      '4.2c': { entries: Array.from({ length: 100 }, (_, i) => ({ name: name(i), national_prize: 'first' })) },
      9.4: { events: Array.from({ length: 100 }, (_, i) => ({ name: name(i), spend_wan: '99999999.999999' })) },
    },
  };
}

test('a large file within every limit survives a reload, and its export imports again', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  const answers = large();
  expect(Buffer.byteLength(JSON.stringify(answers))).toBeGreaterThan(150_000);
  await app.open();
  await app.importAnswers(answers);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await page.reload();
  await app.started();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key) !== null, KEY)).toBe(true);
  await page.evaluate(() => { window.location.hash = '#/results'; });
  await expect(app.heading()).toHaveText('自评结果');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const exported = await readFile(await (await download).path(), 'utf8');
  console.log(`large answers: ${Buffer.byteLength(JSON.stringify(answers))} bytes imported, ${Buffer.byteLength(exported)} bytes exported`);
  await page.getByTestId('start-again').click();
  await page.getByTestId('confirm-clear-yes').click();
  await app.importAnswers(JSON.parse(exported));
  await expect(page.getByTestId('notice')).toContainText('已导入');
});

/** The records set aside in slots of their own (`…/unreadable-saved-work/<time>`), oldest first. */
const setAside = (page, prefix = `${SET_ASIDE}/`) => page.evaluate((prefix) => Object.keys(localStorage)
  .filter((key) => key.startsWith(prefix)).sort().map((key) => localStorage.getItem(key)), prefix);

test('saved work that cannot be read is set aside, offered for download, and never deleted', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await page.evaluate((key) => localStorage.setItem(key, '{"draft": {"entity": {}}, "areas": []}'), KEY);
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  await expect(page.getByTestId('notice')).not.toContainText('not valid JSON');
  await expect(page.getByTestId('set-aside')).toContainText('kept aside, unchanged (not deleted)');
  expect(await setAside(page)).toEqual(['{"draft": {"entity": {}}, "areas": []}']);
  const download = page.waitForEvent('download');
  await page.getByTestId('download-set-aside').click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('"draft"');
});

test('every record that cannot be read keeps a slot of its own, offered on every start until downloaded or deleted', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await page.evaluate((key) => localStorage.setItem(key, '{"first": 1}'), KEY);
  await page.reload();
  await app.started();
  await expect(page.getByTestId('set-aside')).toHaveCount(1);
  // A second one, opened with a share link: the link's notice does not take the offers' place.
  await page.evaluate((key) => localStorage.setItem(key, '{"second": 2}'), KEY);
  const link = (await readFile('tests/links/sample-data-exchange.layout-3.txt', 'utf8')).trim();
  // A fresh load, as when a link is opened (not the hash change of a page already open).
  await page.goto('about:blank');
  await page.goto(`./?lang=en#s=${link}`);
  await app.expectHeading('Your estimate');
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(page.getByTestId('set-aside')).toHaveCount(2);
  expect(await setAside(page)).toEqual(['{"first": 1}', '{"second": 2}']);
  await page.reload();
  await app.started();
  await expect(page.getByTestId('set-aside')).toHaveCount(2);
  await expect(page.getByTestId('set-aside').first()).toContainText(/Set aside: \d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d/);

  const download = page.waitForEvent('download');
  await page.getByTestId('set-aside').first().getByTestId('download-set-aside').click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe('{"first": 1}');
  await expect(page.getByTestId('set-aside')).toHaveCount(1);
  await page.getByTestId('set-aside').getByTestId('delete-set-aside').click();
  await expect(page.getByTestId('set-aside')).toHaveCount(0);
  await page.reload();
  await app.started();
  await expect(page.getByTestId('set-aside')).toHaveCount(0);
  // Downloaded, it is still on the device until the answers are cleared; deleted, it is gone.
  expect(await setAside(page)).toEqual([]);
  expect(await setAside(page, `${SET_ASIDE}-downloaded/`)).toEqual(['{"first": 1}']);
});

test('a record that cannot be set aside (storage full) stays as it was, is never saved over, and downloads from the page', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await page.evaluate((key) => localStorage.setItem(key, '{"unreadable": true}'), KEY);
  await page.addInitScript((prefix) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key, value) {
      if (String(key).startsWith(prefix)) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  }, SET_ASIDE);
  await page.reload();
  await app.started();
  await expect(page.getByTestId('unread-in-place')).toContainText('the storage is full, so they could not be set aside');
  await expect(page.getByTestId('set-aside')).toHaveCount(0);
  await app.start();
  await app.fill('Organisation name', 'New Work Ltd');
  // Hiding the page saves at once, when anything may be saved.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"unreadable": true}');

  const download = page.waitForEvent('download');
  await page.getByTestId('unread-in-place').getByTestId('download-set-aside').click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe('{"unreadable": true}');
  await expect(page.getByTestId('unread-in-place')).toHaveCount(0);
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('New Work Ltd'), KEY);
});

test('demo mode never deletes the device\'s own saved work or a record set aside', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.importAnswers({ ...base, entity: { ...entity, name: '本机单位' }, claims: { 7: { security_products: true } } });
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('本机单位'), KEY);
  await page.evaluate((key) => localStorage.setItem(key, '{"kept": "aside"}'), SET_ASIDE);
  const stored = () => page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [KEY, SET_ASIDE]);
  const before = await stored();

  await app.open('mode=demo');
  await page.getByTestId('sample-data-exchange').click();
  await app.expectHeading('自评结果');
  // Both ways a stand clears: the results' "start again" and the banner's "start over".
  await page.getByTestId('start-again').click();
  await page.getByTestId('confirm-clear-yes').click();
  await page.getByTestId('sample-security-services').click();
  await app.expectHeading('自评结果');
  await page.getByTestId('start-over').click();
  await app.expectHeading('西城区数据产业奖励自评');
  expect(await stored()).toEqual(before);

  await app.open();
  await expect(page.getByTestId('resume')).toBeVisible();
});

test('a full storage is said where the user is, and the start page promises nothing false', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.start();
  await app.fill('Organisation name', 'Full Storage Ltd');
  await expect(page.getByTestId('save-failed')).toContainText('could not be saved on this device');
  await page.locator('.back-link').click();
  await expect(page.getByTestId('storage-line')).toContainText('could not be saved on this device');
});

test('two tabs are told of each other, and nothing is overwritten unseen', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const one = new SelfCheck(first, 'en');
  const two = new SelfCheck(second, 'en');
  await one.open();
  await two.open();
  await one.start();
  await one.fill('Organisation name', 'Written in the first tab');
  await expect(second.getByTestId('other-tab')).toBeVisible();
  // The second keeps its own: the first is told in turn.
  await second.getByRole('button', { name: 'Keep the answers in this window' }).click();
  await expect(second.getByTestId('other-tab')).toHaveCount(0);
  await expect(first.getByTestId('other-tab')).toBeVisible();
  // The first takes the second's (none): its name goes, as the user chose.
  await first.getByRole('button', { name: "Use the other window's answers" }).click();
  await expect(first.getByTestId('other-tab')).toHaveCount(0);
  expect(await first.evaluate((key) => localStorage.getItem(key), KEY)).not.toContain('Written in the first tab');
});

test('a file that is not UTF-8 is refused, naming the encoding', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  // "示例" in GBK.
  const gbk = Buffer.concat([
    Buffer.from('{"format": "xicheng-data-awards/answers", "version": 1, "entity": {"name": "'),
    Buffer.from([0xca, 0xbe, 0xc0, 0xfd]),
    Buffer.from('", "operates_in_xicheng": true, "data_fields": ["development"]}, "claims": {}}'),
  ]);
  await page.getByTestId('import-file').setInputFiles({ name: 'gbk.json', mimeType: 'application/json', buffer: gbk });
  await expect(page.getByTestId('notice')).toContainText('不是 UTF-8 编码');
  await expect(page.getByText('ʾ')).toHaveCount(0);
});

test('200 emoji fit the name box and the file alike, and the 201st does not, with a word', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  const emoji = '😀'.repeat(200);
  await app.open();
  await app.start();
  const box = page.getByLabel('Organisation name', { exact: true });
  await expect(page.getByTestId('name-at-limit')).toHaveCount(0);
  await box.fill(`${emoji}😀`);
  expect([...(await box.inputValue())].length).toBe(200);
  // What was not kept is not lost without a word: the box says it is at its limit.
  await expect(page.getByTestId('name-at-limit')).toHaveText('This is the limit of 200 characters: anything typed beyond it is not kept.');
  await expect(box).toHaveAttribute('aria-describedby', /f-entity-name-limit/);
  await box.fill('Short Ltd');
  await expect(page.getByTestId('name-at-limit')).toHaveCount(0);
  await page.goto('./?lang=en');
  await app.importAnswers({ ...base, entity: { ...entity, name: emoji }, claims: {} });
  await expect(page.getByTestId('notice')).toContainText('imported');
});

test('a foreign public address is named beside the code, and plain http is refused', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open('public=https%3A%2F%2Fevil.example%2F');
  await app.importAnswers({ ...base, entity, claims: { 7: { security_products: true } } });
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('link-destination').first()).toContainText('https://evil.example/');
  await expect(page.getByTestId('link-foreign').first()).toContainText('evil.example');
  // The share link says the same, beside the link itself.
  await app.seeResults();
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-link')).toHaveValue(/^https:\/\/evil\.example\//);
  await expect(page.getByTestId('link-destination').last()).toContainText('https://evil.example/');
  await expect(page.getByTestId('link-foreign').last()).toContainText('evil.example');

  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  await app.open('public=http%3A%2F%2Fevil.example%2F');
  await expect.poll(() => messages.join('\n')).toContain('?public="http://evil.example/"');
  await app.importAnswers({ ...base, entity, claims: { 7: { security_products: true } } });
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('link-destination').first()).not.toContainText('evil.example');
  await expect(page.getByTestId('link-foreign')).toHaveCount(0);
});

test('the same host on another port is named as another site', async ({ page, baseURL }) => {
  const other = new URL(baseURL);
  other.port = String(Number(other.port) + 1);
  const app = new SelfCheck(page, 'en');
  await app.open(`public=${encodeURIComponent(other.href)}`);
  await app.importAnswers({ ...base, entity, claims: { 7: { security_products: true } } });
  await page.getByTestId('hand-off-button').first().click();
  await expect(page.getByTestId('link-foreign').first()).toContainText(other.origin);
});

test('a link of the older form opens with a notice that it could not be checked; a checked one without', async ({ page }) => {
  const link = (name) => readFile(new URL(`../links/${name}.txt`, import.meta.url), 'utf8').then((t) => t.trim());
  const app = new SelfCheck(page, 'en');
  await page.goto(`./?lang=en#s=${await link('sample-ai-start-up.layout-1')}`);
  await app.started();
  // On a fresh device there is nothing to replace, but the link's answers are still offered first.
  const prompt = page.getByTestId('share-prompt');
  if (await prompt.isVisible()) {
    await expect(page.getByTestId('share-unverified')).toBeVisible();
    await prompt.getByRole('button', { name: 'Use the answers in the link' }).click();
  }
  await expect(page.getByTestId('notice')).toContainText('cannot be checked for being cut or changed');

  await page.evaluate(() => localStorage.clear());
  await page.goto(`./?lang=en#s=${await link('sample-ai-start-up.layout-2')}`);
  await app.started();
  if (await page.getByTestId('share-prompt').isVisible()) {
    await expect(page.getByTestId('share-unverified')).toHaveCount(0);
    await page.getByRole('button', { name: 'Use the answers in the link' }).click();
  }
  await expect(page.getByTestId('notice')).not.toContainText('cannot be checked');
});

test('"clear my answers" asks first, is not beside "change your answers", and pressed again keeps everything', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  await app.importAnswers({ ...base, entity: { ...entity, name: 'Kept Ltd' }, claims: { 7: { security_products: true } } });
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Kept Ltd'), KEY);
  await app.seeResults();
  const total = await app.total().textContent();
  const change = page.getByRole('button', { name: 'Change your answers' });
  const clear = page.getByTestId('start-again');
  const gap = (await clear.boundingBox()).y - (await change.boundingBox()).y;
  expect(gap).toBeGreaterThan(300);

  // The first press only asks; pressed again, the question closes and nothing has gone.
  await clear.click();
  await expect(page.getByTestId('confirm-clear')).toContainText('Clear all your answers?');
  await expect(page.getByTestId('confirm-clear-yes')).toBeVisible();
  await clear.click();
  await expect(page.getByTestId('confirm-clear-yes')).toBeHidden();
  await expect(app.total()).toHaveText(total);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('Kept Ltd');

  await clear.click();
  await page.getByTestId('confirm-clear-yes').click();
  await expect(page.getByTestId('notice')).toContainText('cleared');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('an accent that is not six hex digits is refused with a warning, whatever parses as a number', async ({ page }) => {
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  const app = new SelfCheck(page, 'zh');
  await app.open('accent=%2B0%2B0%2B0');
  await expect.poll(() => messages.join('\n')).toContain('data-accent="+0+0+0"');
  const start = page.getByRole('link', { name: '开始自评' });
  expect(await start.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 112, 60)');
});

test('a clear can be undone on the page: the answers come back and are saved again', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.importAnswers({ ...base, entity: { ...entity, name: '撤销单位' }, claims: { 7: { security_products: true } } });
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('撤销单位'), KEY);
  await page.evaluate((key) => localStorage.setItem(`${key}/2026-12-01T00:00:00.000Z`, '{"kept": "aside"}'), SET_ASIDE);
  await app.seeResults();
  await page.getByTestId('start-again').click();
  await page.getByTestId('confirm-clear-yes').click();
  await expect(page.getByTestId('notice')).toContainText('已清除');
  // Records set aside are not the answers: clearing leaves them.
  expect(await setAside(page)).toEqual(['{"kept": "aside"}']);
  await page.waitForFunction((key) => !(localStorage.getItem(key) ?? '').includes('撤销单位'), KEY);
  await page.getByTestId('undo-clear').click();
  await app.expectHeading(app.t.check);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('撤销单位'), KEY);
  // At a stand, "start again" leaves nothing to bring back.
  await app.open('mode=demo');
  await page.getByTestId('sample-data-exchange').click();
  await page.getByTestId('start-again').click();
  await page.getByTestId('confirm-clear-yes').click();
  await expect(page.getByTestId('undo-clear')).toHaveCount(0);
});
