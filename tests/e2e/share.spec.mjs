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
  // Compact: the answers in the policy's order (answers/compact.rs), not the JSON file.
  expect(url.hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
  expect(url.hash.length).toBeLessThan(200);

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
  expect(other.url()).not.toContain('#s=');

  await other.goto(link);
  await other.getByRole('button', { name: '使用链接中的答案' }).click();
  await mine.expectHeading('核对您的答案');
  await mine.seeResults();
  await expect(mine.total()).toHaveText(`最高 ${money(answers.expect.total_wan, 'zh')}`);
});

for (const [lang, copied] of [['zh', '链接已复制。'], ['en', 'Link copied.']]) {
  test(`the share link is copied by its button, and the page says so politely, in ${lang}`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new SelfCheck(page, lang);
    await app.resultsOf(caseFile('both-authorisations-are-two-matters-and-give-300').answers);
    await page.getByTestId('share').click();
    const said = page.getByTestId('copy-said');
    // The status line is there, empty, before anything is copied: what comes into it is read out.
    await expect(said).toHaveAttribute('role', 'status');
    await expect(said).toHaveText('');
    await page.getByTestId('copy-link').click();
    await expect(said).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('share-link').inputValue());
    // "Make a link" again: the line starts afresh, so it never speaks of an earlier copy.
    await page.getByTestId('share').click();
    await expect(said).toHaveText('');
  });
}

/**
 * Gives the page answers (to their results), then opens the bad `link` (a fragment) in that page,
 * as a link pasted into its address bar, and on a fresh load: each time the notice says
 * `notice`, nothing is offered, and the answers that were there stay.
 */
async function aBadLinkChangesNothing(page, lang, link, notice) {
  const answers = caseFile('both-authorisations-are-two-matters-and-give-300');
  const app = new SelfCheck(page, lang);
  const total = lang === 'en' ? `up to ${money(answers.expect.total_wan, 'en')}` : `最高 ${money(answers.expect.total_wan, 'zh')}`;
  const query = lang === 'en' ? '?lang=en' : '';
  await app.resultsOf(answers.answers);
  await expect(app.total()).toHaveText(total);

  await page.goto(`./${query}${link}`);
  await expect(page.getByTestId('notice')).toContainText(notice);
  await expect(page.getByTestId('share-prompt')).toHaveCount(0);
  expect(page.url()).not.toContain(link);
  await expect(app.heading()).toHaveText(app.t.estimate);
  await expect(app.total()).toHaveText(total);

  await page.goto('about:blank');
  await page.goto(`./${query}${link}`);
  await expect(page.getByTestId('notice')).toContainText(notice);
  await expect(page.getByTestId('share-prompt')).toHaveCount(0);
  expect(page.url()).not.toContain(link);
  // The saved answers are the same: their results come to the same total.
  await page.goto('about:blank');
  await page.goto(`./${query}#/results`);
  await expect(app.heading()).toHaveText(app.t.estimate);
  await expect(app.total()).toHaveText(total);
}

test('a broken share link is reported and changes nothing', async ({ page }) => {
  await aBadLinkChangesNothing(page, 'zh', '#share=%7B%22format', '分享链接无法读取');
});

test('a share link made before the compact form still opens', async ({ page }) => {
  const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
  const app = new SelfCheck(page, 'en');
  await page.goto(`./?lang=en#share=${encodeURIComponent(JSON.stringify(everything.answers))}`);
  // A device without answers of its own opens on the results; an old link has no check, so the
  // user is asked to check every answer.
  await expect(app.heading()).toHaveText('Your estimate');
  await expect(page.getByTestId('notice')).toContainText('cannot be checked for being cut or changed');
  await expect(app.total()).toHaveText(`up to ${money(everything.expect.total_wan, 'en')}`);
});

test('a compact link cut short is reported and changes nothing', async ({ page }) => {
  await aBadLinkChangesNothing(page, 'en', '#s=AQEC', 'the link is cut short or changed');
});

test('the address a shared link leaves, opened where there are no answers, shows the start page and no verdict', async ({ page, browser }) => {
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(caseFile('both-authorisations-are-two-matters-and-give-300').answers);
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  // A phone opens the link: the results, and the address bar holds the results' address.
  const phone = await browser.newContext();
  const opened = await phone.newPage();
  await opened.goto(link);
  await new SelfCheck(opened, 'zh').expectHeading('自评结果');
  const address = opened.url();
  expect(address).toMatch(/#\/results$/);
  await phone.close();
  // That address, passed on to a device with no answers, gives no verdict computed from nothing.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const app2 = new SelfCheck(fresh, 'zh');
  await fresh.goto(address);
  await app2.started();
  await expect(app2.heading()).toHaveText('西城区数据产业奖励自评');
  await expect(fresh.getByText('本措施不适用')).toHaveCount(0);
  await expect(fresh.getByTestId('total')).toHaveCount(0);
  await other.close();
});

test('on a phone "continue on your phone" is not offered, and the share link is', async ({ browser, baseURL }) => {
  for (const [device, offered] of [[{ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }, false], [{ viewport: { width: 1280, height: 800 } }, true]]) {
    const context = await browser.newContext({ baseURL, ...device });
    const page = await context.newPage();
    const app = new SelfCheck(page, 'en');
    await app.open();
    await app.importAnswers(caseFile('data-security-products-get-up-to-200').answers);
    await app.seeResults();
    await (offered ? expect(page.getByTestId('hand-off-button').first()).toBeVisible() : expect(page.getByTestId('hand-off-button').first()).toBeHidden());
    await page.getByTestId('share').click();
    await expect(page.getByTestId('share-link')).toBeVisible();
    await context.close();
  }
});

test('every step says where it stands among the pages this user walks, in one style', async ({ page }) => {
  const app = new SelfCheck(page, 'en');
  await app.open();
  // One area chosen: organisation, areas, the area, projects, check, results.
  await app.importAnswers(caseFile('data-security-products-get-up-to-200').answers);
  await expect(page.locator('.caption').first()).toHaveText('Step 5 of 6');
  await page.locator('.back-link').click();
  await expect(page.locator('.caption').first()).toHaveText('Step 4 of 6');
  await page.locator('.back-link').click();
  await expect(page.locator('.caption').first()).toHaveText('Step 3 of 6');
});
