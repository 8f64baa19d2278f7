// The start page is drawn into index.html by the release build, so it paints before any script;
// the app takes it over once it starts. These hold that the drawn page is the app's own, that
// nothing pressed or chosen on it before the app started is lost (start, import, language), that a visitor the drawn page
// is not for never sees it, and that without scripts it says what is needed.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SelfCheck } from './selfcheck.mjs';

/** A page whose WebAssembly arrives only when `release()` is called. */
async function heldBack(browser) {
  // No worker: the WebAssembly must come from the network, through the gate.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return { context, page, release };
}

/** A held-back page on which "start" was pressed before the app started; with `moduleFirst`, once
 * the drawn first question page's module has run; with `clock`, under Playwright's clock. */
async function pressedStartEarly(browser, { moduleFirst = false, clock = false } = {}) {
  const held = await heldBack(browser);
  if (clock) await held.page.clock.install();
  await held.page.goto('./');
  if (moduleFirst) await held.page.waitForSelector('#drawn-first', { state: 'attached' });
  await held.page.getByRole('link', { name: '开始自评' }).click();
  return held;
}

test('a press on the drawn start button before the app has started lands on the organisation page', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  // The drawn page: painted, and its start button a link that works without the app.
  await expect(page.locator('h1:visible')).toHaveText('西城区数据产业奖励自评');
  await expect(page.locator('html')).toHaveAttribute('data-start', 'drawn');
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  await page.getByRole('link', { name: '开始自评' }).click();
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.heading()).toHaveText('单位基本情况');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await context.close();
});

// The first question page is drawn too (post-build 2d): a press on "start" before the app has
// started shows it at once, and what is answered on it is the app's once the app has started.
test('a press on start before the app has started shows the organisation page at once; its answers, focus and caret go to the app', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const shown = page.locator('h1:visible');
  await expect(shown).toHaveText('单位基本情况');
  await expect(shown).toBeFocused();
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  expect(page.url()).toMatch(/#\/organisation$/);
  // Answered as plain HTML, before the app is there.
  const app = new SelfCheck(page);
  await app.group('单位是否在西城区依法经营').getByLabel('是').check();
  await app.group('单位从事哪些数据产业相关领域').getByLabel('流通交易').check();
  await app.group('单位从事哪些数据产业相关领域').getByLabel('安全治理').check();
  await app.group('信息传输、软件和信息技术服务业').getByLabel('否').check();
  await page.getByLabel('联系人及联系方式').fill('张三，010-12345678');
  const name = page.getByLabel('单位名称');
  await name.fill('示例数据科技有限公司');
  await name.evaluate((box) => box.setSelectionRange(2, 4));
  // The drawn page is the one the app draws: every element's tag, id, classes and own text.
  const shape = () => page.evaluate(() => [...document.querySelector('body > .app:not(#drawn):not([hidden])').querySelectorAll('*')]
    .map((e) => [e.tagName, e.id, e.getAttribute('class') || '', [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim()].join(' | ')));
  const drawn = await shape();
  release();
  await app.started();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  expect(await shape()).toEqual(drawn);
  await expect(app.heading()).toHaveText('单位基本情况');
  await expect(app.group('单位是否在西城区依法经营').getByLabel('是')).toBeChecked();
  await expect(app.group('单位从事哪些数据产业相关领域').getByLabel('流通交易')).toBeChecked();
  await expect(app.group('单位从事哪些数据产业相关领域').getByLabel('安全治理')).toBeChecked();
  await expect(app.group('单位从事哪些数据产业相关领域').getByLabel('计算存储')).not.toBeChecked();
  await expect(app.group('信息传输、软件和信息技术服务业').getByLabel('否')).toBeChecked();
  await expect(page.getByLabel('联系人及联系方式')).toHaveValue('张三，010-12345678');
  await expect(name).toHaveValue('示例数据科技有限公司');
  await expect(name).toBeFocused();
  expect(await name.evaluate((box) => [box.selectionStart, box.selectionEnd])).toEqual([2, 4]);
  // The app holds them: it goes on, and keeps them.
  await page.getByTestId('continue').click();
  await app.expectHeading('哪些活动与您的单位有关？');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('xicheng-data-awards/work-in-progress')).draft.entity);
  expect(saved).toEqual({
    operates_in_xicheng: true, data_fields: ['circulation', 'security'], ict_industry: false,
    contact: '张三，010-12345678', name: '示例数据科技有限公司',
  });
  await context.close();
});

test('"back" and "continue" on the drawn organisation page before the app has started do what the app\'s do', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('h1:visible')).toHaveText('西城区数据产业奖励自评');
  await expect(page.locator('h1:visible')).toBeFocused();
  await page.getByRole('link', { name: '开始自评' }).click();
  await expect(page.locator('h1:visible')).toHaveText('单位基本情况');
  // "Continue" with nothing answered: once the app is there, it says what is missing.
  await page.getByRole('button', { name: '继续' }).click();
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('单位是否在西城区依法经营？');
  await context.close();
});

test('the app does not take over the drawn organisation page in the middle of a word typed with an input method', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const name = page.getByLabel('单位名称');
  await name.focus();
  await name.dispatchEvent('compositionstart');
  await name.fill('shi');
  release();
  // The WebAssembly is here, the word is not finished: the drawn page stays.
  await page.waitForResponse(/_bg\.wasm$/);
  await page.waitForTimeout(500);
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  await name.fill('示例');
  await name.dispatchEvent('compositionend');
  const app = new SelfCheck(page);
  await app.started();
  await expect(page.getByLabel('单位名称')).toHaveValue('示例');
  await expect(page.getByLabel('单位名称')).toBeFocused();
  await context.close();
});

test('typing goes on without a character lost while the app takes over the drawn organisation page', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const name = page.getByLabel('单位名称');
  await name.click();
  await page.keyboard.type('abcdef');
  release();
  // Typed on, a key every 15 ms, through the moment the app draws its page and takes the box.
  const typing = page.keyboard.type('ghijklmnopqrstuvwxyz0123456789', { delay: 15 });
  await new SelfCheck(page).started();
  await typing;
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByLabel('单位名称')).toHaveValue('abcdefghijklmnopqrstuvwxyz0123456789');
  await expect(page.getByLabel('单位名称')).toBeFocused();
  await context.close();
});

test('a tap under way when the app is ready is not lost: the app starts once it has been handled', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const yes = page.locator('#drawn-first').getByLabel('是').first();
  const box = await yes.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await page.waitForResponse(/_bg\.wasm$/);
  await page.waitForTimeout(500);
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  await page.mouse.up();
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.group('单位是否在西城区依法经营').getByLabel('是')).toBeChecked();
  await context.close();
});

test('a tap on a touch screen under way when the app is ready is not lost either', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto('./');
  await page.waitForSelector('#drawn-first', { state: 'attached' });
  await page.getByRole('link', { name: '开始自评' }).tap();
  const no = page.locator('#drawn-first').getByLabel('否').first();
  await no.scrollIntoViewIfNeeded();
  const box = await no.boundingBox();
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  release();
  await page.waitForResponse(/_bg\.wasm$/);
  await page.waitForTimeout(500);
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.group('单位是否在西城区依法经营').getByLabel('否')).toBeChecked();
  await context.close();
});

test('the focus on the drawn start page stays on the same control once the app has drawn its own', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  await page.waitForSelector('#drawn-first', { state: 'attached' });
  await page.locator('#drawn [data-testid=start]').focus();
  release();
  await new SelfCheck(page).started();
  await expect(page.getByTestId('start')).toBeFocused();
  await context.close();
});

test('"back" after the app was said not to have started still goes back, and the answers still reach the app', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser, { moduleFirst: true, clock: true });
  await page.getByLabel('单位名称').fill('示例');
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('h1:visible')).toHaveText('西城区数据产业奖励自评');
  release();
  const app = new SelfCheck(page);
  await app.started();
  await page.getByTestId('start').click();
  await app.expectHeading('单位基本情况');
  await expect(page.getByLabel('单位名称')).toHaveValue('示例');
  await context.close();
});

test('answers given on the drawn organisation page, then left for the start page, reach the app\'s organisation page', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const app = new SelfCheck(page);
  await app.group('单位是否在西城区依法经营').getByLabel('否').check();
  await page.getByLabel('单位名称').fill('示例数据科技有限公司');
  // "Continue" pressed, then back: it is not pressed again for the user.
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('h1:visible')).toHaveText('西城区数据产业奖励自评');
  release();
  await app.started();
  await expect(app.heading()).toHaveText('西城区数据产业奖励自评');
  await page.getByTestId('start').click();
  await app.expectHeading('单位基本情况');
  await expect(app.group('单位是否在西城区依法经营').getByLabel('否')).toBeChecked();
  await expect(page.getByLabel('单位名称')).toHaveValue('示例数据科技有限公司');
  await context.close();
});

test('answers left on the drawn organisation page do not overwrite a file imported meanwhile on the drawn start page', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser);
  const app = new SelfCheck(page);
  await app.group('单位是否在西城区依法经营').getByLabel('否').check();
  await page.getByLabel('单位名称').fill('在起始页之前填写的名称');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('h1:visible')).toHaveText('西城区数据产业奖励自评');
  const answers = {
    format: 'xicheng-data-awards/answers', version: 1,
    entity: { name: '文件中的单位', operates_in_xicheng: true, data_fields: ['security'] },
    claims: { 7: { security_products: true } },
  };
  await page.getByTestId('import-file').setInputFiles({
    name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)),
  });
  release();
  await app.started();
  await expect(app.heading()).toHaveText('核对您的答案');
  // The file's answers, on the check page and on the organisation page it leads back to.
  const nameRow = page.locator('[data-field="f-entity-name"]');
  await expect(nameRow).toContainText('文件中的单位');
  await nameRow.getByRole('button').click();
  await expect(app.heading()).toHaveText('单位基本情况');
  await expect(page.getByLabel('单位名称')).toHaveValue('文件中的单位');
  await expect(app.group('单位是否在西城区依法经营').getByLabel('是')).toBeChecked();
  await context.close();
});

test('the drawn pages\' skip links go to their own heading and leave the address alone', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  await page.waitForSelector('#drawn-first', { state: 'attached' });
  await page.locator('#drawn .skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#drawn h1')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('link', { name: '开始自评' }).click();
  await page.getByLabel('单位名称').fill('示例');
  await page.locator('#drawn-first .skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#drawn-first h1')).toBeFocused();
  expect(page.url()).toMatch(/#\/organisation$/);
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.heading()).toHaveText('单位基本情况');
  await expect(page.getByLabel('单位名称')).toHaveValue('示例');
  await context.close();
});

test('an app not started within 20 s leaves the drawn organisation page in use, and takes its answers once it starts', async ({ browser }) => {
  const { context, page, release } = await pressedStartEarly(browser, { moduleFirst: true, clock: true });
  const name = page.getByLabel('单位名称');
  await name.fill('示例');
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('h1:visible')).toHaveText('单位基本情况');
  await expect(name).toBeVisible();
  await name.fill('示例数据');
  release();
  await new SelfCheck(page).started();
  await expect(page.getByLabel('单位名称')).toHaveValue('示例数据');
  await context.close();
});

test('a file dialog of the drawn page answered after the app took over still imports its file', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  await expect(page.locator('#drawn')).toBeVisible();
  // The dialog is open on the drawn page's box when the app takes over.
  await page.evaluate(() => { window.openDialog = document.querySelector('#drawn input[type=file]'); });
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  // The dialog is answered: the browser sets the files of the (now removed) box and says so.
  await page.evaluate(() => {
    const answers = {
      format: 'xicheng-data-awards/answers', version: 1,
      entity: { operates_in_xicheng: true, data_fields: ['security'] },
      claims: { 7: { security_products: true } },
    };
    const chosen = new DataTransfer();
    chosen.items.add(new File([JSON.stringify(answers)], 'answers.json', { type: 'application/json' }));
    window.openDialog.files = chosen.files;
    window.openDialog.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(app.heading()).toHaveText('核对您的答案');
  await context.close();
});

for (const thenStart of [false, true]) {
  const what = thenStart ? 'a file chosen, then the drawn start button pressed,' : 'a file chosen in the drawn page';
  test(`${what} before the app has started is imported once it has`, async ({ browser }) => {
    const { context, page, release } = await heldBack(browser);
    await page.goto('./');
    await expect(page.locator('#drawn')).toBeVisible();
    const answers = {
      format: 'xicheng-data-awards/answers', version: 1,
      entity: { operates_in_xicheng: true, data_fields: ['security'] },
      claims: { 7: { security_products: true } },
    };
    await page.getByTestId('import-file').setInputFiles({
      name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)),
    });
    if (thenStart) await page.getByRole('link', { name: '开始自评' }).click();
    release();
    const app = new SelfCheck(page);
    await app.started();
    await expect(app.heading()).toHaveText('核对您的答案');
    await context.close();
  });
}

const shareLink = readFileSync(new URL('../links/everything-claimed-anonymous.layout-3.txt', import.meta.url), 'utf8').trim();
const savedWork = JSON.stringify({
  draft: { format: 'xicheng-data-awards/answers', version: 1, entity: { name: '示例' }, claims: {} },
  areas: [], step: '#/organisation', lang: 'zh',
});
for (const [entry, address, lang, saved] of [
  ['lang=en', './?lang=en', 'en'], ['mode=demo', './?mode=demo', 'zh'], ['embed=1', './?embed=1', 'zh'],
  ['a share link', `./#s=${shareLink}`, 'zh'], ['saved work', './', 'zh', savedWork],
]) {
  test(`an entry the drawn page is not for (${entry}) says it is loading until the app shows, never a blank page`, async ({ browser }) => {
    const { context, page, release } = await heldBack(browser);
    if (saved) await context.addInitScript((work) => localStorage.setItem('xicheng-data-awards/work-in-progress', work), saved);
    await page.goto(address);
    const loading = page.locator('.start-loading');
    await expect(loading).toBeVisible();
    // In the page's language only.
    const [shown, other] = lang === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en'];
    await expect(loading.locator(`[lang="${shown}"]`)).toHaveText(lang === 'en' ? 'Opening the self-check…' : '正在打开自评工具……');
    await expect(loading.locator(`[lang="${other}"]`)).toBeHidden();
    await expect(page.locator('[data-prerendered]')).toBeHidden();
    release();
    await new SelfCheck(page, lang).started();
    await expect(loading).toBeHidden();
    await context.close();
  });
}

for (const [how, answer] of [['cannot be loaded', (route) => route.abort()], ['is damaged', (route) => route.fulfill({ contentType: 'text/javascript', body: '}{' })]]) {
  test(`a start script that ${how}, with saved work: the page says so, with the drawn page and no dead button`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('./');
    await new SelfCheck(page).started();
    await page.evaluate((work) => localStorage.setItem('xicheng-data-awards/work-in-progress', work), savedWork);
    await page.route('**/start-*.js', answer);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText('本自评工具未能启动：请检查网络连接后刷新。The self-check could not start: check the network connection and reload.');
    await expect(page.locator('h1')).toHaveText('西城区数据产业奖励自评');
    await expect(page.getByTestId('start')).toBeHidden();
    await expect(page.locator('.start-loading')).toBeHidden();
    await context.close();
  });
}

// The app's start is one long task: the drawn first question page's module runs before it, or an
// early press would wait for that start after all. It waits for the module no more than half a
// second: a module that does not come does not hold the app.
for (const [how, delay, first] of [['comes late', 300, true], ['does not come', null, false]]) {
  test(`the app starts after the drawn first question page's module where that ${how}`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = (window.__order = []);
      new MutationObserver(() => {
        if (document.getElementById('drawn-first') && !seen.includes('module')) seen.push('module');
      }).observe(document, { childList: true, subtree: true });
      addEventListener('TrunkApplicationStarted', () => seen.push('app'), { once: true });
    });
    let hold;
    const held = new Promise((resolve) => { hold = resolve; });
    await page.route('**/first-*.js', async (route) => {
      if (delay === null) await held;
      else await new Promise((later) => setTimeout(later, delay));
      await route.continue().catch(() => {});
    });
    await page.goto('./');
    await new SelfCheck(page).started();
    expect(await page.evaluate(() => window.__order)).toEqual(first ? ['module', 'app'] : ['app']);
    hold();
    await context.close();
  });
}

test('an app that has not started within 20 s is said not to have started; it still takes over once it does', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.clock.install();
  await page.goto('./?lang=en');
  await expect(page.locator('.start-loading')).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('.start-loading')).toBeHidden();
  release();
  await new SelfCheck(page, 'en').started();
  await expect(page.getByRole('alert')).toBeHidden();
  await context.close();
});

test('a press on the drawn language switch before the app has started opens the app in English', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  await expect(page.locator('#drawn')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.heading()).toHaveText('Xicheng data-industry award self-check');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('two presses on the drawn language switch before the app has started leave it in Chinese', async ({ browser }) => {
  const { context, page, release } = await heldBack(browser);
  await page.goto('./');
  const button = page.getByRole('button', { name: 'English' });
  await button.click();
  await button.click();
  release();
  const app = new SelfCheck(page);
  await app.started();
  await expect(app.heading()).toHaveText('西城区数据产业奖励自评');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await context.close();
});

test('the drawn start page is the page the app draws first', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  const app = new SelfCheck(page);
  await app.open();
  // Every element's tag, id, classes and own text, in order: the drawn page against the live one.
  const [drawn, live] = await page.evaluate((source) => {
    const shape = (root) => [root, ...root.querySelectorAll('*')].map((e) => [
      e.tagName, e.id, e.getAttribute('class') || '', e.getAttribute('href') || '',
      [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim(),
    ].join(' | '));
    const parsed = new DOMParser().parseFromString(source, 'text/html').querySelector('[data-prerendered]');
    return [shape(parsed), shape(document.querySelector('body > .app'))];
  }, html);
  expect(drawn.length).toBeGreaterThan(30);
  // The drawn page carries its id; the app's root has none.
  expect(drawn.slice(1)).toEqual(live.slice(1));
  expect(drawn[0].replace(' | drawn | ', ' |  | ')).toBe(live[0]);
});

for (const [query, why] of [['lang=en', 'another language'], ['mode=demo', 'a stand'], ['', 'saved work']]) {
  test(`a visitor the drawn page is not for (${why}) never sees it`, async ({ page }) => {
    // Every frame the browser draws: whether the drawn page shows, and the h1 headings shown.
    await page.addInitScript(() => {
      window.framesSeen = [];
      const look = () => {
        const drawn = document.querySelector('[data-prerendered]');
        const shown = [...document.querySelectorAll('h1')].filter((h) => h.getClientRects().length > 0);
        window.framesSeen.push({
          drawn: Boolean(drawn && drawn.getClientRects().length),
          headings: shown.map((h) => h.textContent).join(' | '),
        });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    if (why === 'saved work') {
      await page.goto('./');
      await new SelfCheck(page).started();
      await page.evaluate(() => localStorage.setItem('xicheng-data-awards/work-in-progress', JSON.stringify({
        draft: { format: 'xicheng-data-awards/answers', version: 1, entity: { name: '示例' }, claims: {} },
        areas: [], step: '#/organisation', lang: 'zh',
      })));
    }
    await page.goto(query ? `./?${query}` : './');
    const app = new SelfCheck(page, query === 'lang=en' ? 'en' : 'zh');
    await app.started();
    if (why === 'saved work') await expect(page.getByTestId('resume')).toBeVisible();
    const seen = await page.evaluate(() => window.framesSeen);
    const first = seen.findIndex((f) => f.headings !== '');
    console.log(`${why}: ${seen.length} frames seen before the test looked; the first with a heading is frame ${first + 1}: ${seen[first]?.headings}`);
    expect(seen.filter((f) => f.drawn)).toEqual([]);
    if (why === 'another language') expect(seen.filter((f) => /[\u4e00-\u9fff]/.test(f.headings))).toEqual([]);
  });
}

test('without scripts the drawn page says what is needed, and offers no button that would do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('西城区数据产业奖励自评');
  await expect(page.getByRole('alert')).toContainText('需要在浏览器中启用 JavaScript 和 WebAssembly');
  await expect(page.getByRole('alert')).toContainText('needs JavaScript and WebAssembly');
  await expect(page.getByRole('link', { name: '开始自评' })).toBeHidden();
  await expect(page.getByText('导入答卷文件')).toBeHidden();
  await expect(page.getByTestId('lang-switch')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/no-script-zh.png', fullPage: true });
  await context.close();
});
