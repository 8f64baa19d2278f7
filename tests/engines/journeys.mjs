// The main journeys, the same in every engine (run.mjs runs them): each is a function of a fresh
// WebDriver session and the places it needs; each journey's checks are those of the Chromium
// suite's spec of the same name in tests/e2e/, fewer and by label, test id and legend.
import { By } from 'selenium-webdriver';
import { createServer } from 'node:http';
import { SelfCheck, Key, caseFile, money, until, check } from './selfcheck.mjs';

const EVERYTHING = 'the-everything-claimed-example-with-its-one-project-comes-to-14495-5';

/** Every journey: name → async ({ driver, base, engine, newSession, serveRelease }) → undefined | { skip: reason }. */
export const journeys = {
  async 'by pointer: start, every step, results with the engine\'s figures'({ driver, base }) {
    const expected = caseFile('a-pilot-and-a-scenario-of-one-project-count-once-at-the-higher-800').expect;
    const app = new SelfCheck(driver, base, 'zh');
    await app.open();
    check(await app.headingText() === '西城区数据产业奖励自评', 'start page heading');
    await app.start();
    await app.expectHeading('单位基本情况');
    await app.yesNo('单位是否在西城区依法经营？', true);
    await app.tick('开发利用');
    await app.yesNo('单位是否属于信息传输、软件和信息技术服务业？', false);
    await app.fill('单位名称', '示例数据科技有限公司');
    await app.continue();
    await app.expectHeading('哪些活动与您的单位有关？');
    await app.tick('公共数据、应用场景与大赛');
    await app.tick('数据基础设施与算力');
    await app.continue();
    await app.expectHeading('公共数据、应用场景与大赛');
    await app.expectText('running-total', '最高 0 万元');
    await app.yesNo('单位是否推动应用场景落地建设？', true);
    await app.expectText('running-total', '最高 500 万元');
    await app.continue();
    await app.expectHeading('数据基础设施与算力');
    await app.yesNo('单位建设的重点数据基础设施项目（如可信数据空间）是否被评为国家级试点示范？', true);
    // Full-width figures and comma, as a Chinese input method types them.
    await app.fill('实际完成固定资产投资（不含土建），万元', '８，０００');
    await app.expectText('running-total', '最高 1,300 万元');
    await app.continue();
    await app.expectHeading('是否有同一项目？');
    await app.click(app.byTestId('add-project'));
    await app.tick('重点数据基础设施国家级试点示范（第六条（一））');
    await app.tick('示范性应用场景落地（第四条（二））');
    await app.expectText('running-total', `最高 ${money(expected.total_wan, 'zh')}`);
    await app.continue();
    await app.expectHeading('核对您的答案');
    await app.click(app.button('查看自评结果'));
    await app.expectHeading('自评结果');
    await app.expectText('total', `最高 ${money(expected.total_wan, 'zh')}`);
    for (const [id, amount] of Object.entries(expected.measures)) await app.expectText(`amount-${id}`, money(amount, 'zh'));
    await app.expectText('award-6.1a', ['10% × 8,000 = 800 ≤ 上限 1,000']);
  },

  async 'by keyboard alone: Tab, Space, arrows and Enter to the results'({ driver, base }) {
    const facts = caseFile('data-security-products-get-up-to-200');
    const app = new SelfCheck(driver, base, 'zh');
    await app.open();
    await app.tabTo(await app.byTestId('start'));
    await app.press(Key.ENTER);
    await app.expectHeading('单位基本情况');
    await app.tabTo(await app.$('#f-entity-operates_in_xicheng'));
    await app.press(Key.SPACE);
    await app.tabTo(await app.control('开发利用'));
    await app.press(Key.SPACE);
    // Tab reaches a radio group once; the arrow keys choose within it.
    await app.tabTo(await app.$('#f-entity-ict_industry'));
    await app.press(Key.ARROW_RIGHT);
    await until('"否" chosen by the arrow key', () => app.$('#f-entity-ict_industry-no').isSelected());
    await app.tabTo(await app.byTestId('continue'));
    await app.press(Key.ENTER);
    await app.expectHeading('哪些活动与您的单位有关？');
    await app.tabTo(await app.control('数据安全与标准'));
    await app.press(Key.SPACE);
    await app.tabTo(await app.byTestId('continue'));
    await app.press(Key.ENTER);
    await app.expectHeading('数据安全与标准');
    await app.tabTo(await app.$('#f-claims-7-security_products'));
    await app.press(Key.SPACE);
    for (const heading of ['是否有同一项目？', '核对您的答案', '自评结果']) {
      await app.tabTo(await app.byTestId('continue'));
      await app.press(Key.ENTER);
      await app.expectHeading(heading);
    }
    await app.expectText('total', `最高 ${money(facts.expect.total_wan, 'zh')}`);
  },

  async 'import a file, export it, import the export: the same figures'({ driver, base }) {
    const everything = caseFile(EVERYTHING);
    const app = new SelfCheck(driver, base, 'en');
    await app.resultsOf(everything.answers);
    await app.expectText('total', app.totalText(everything.expect.total_wan));
    const { name, answers } = await app.exportFile();
    check(/^xicheng-data-awards-answers-\d{4}-\d{2}-\d{2}\.json$/.test(name), `export's file name: ${name}`);
    check(answers.format === 'xicheng-data-awards/answers' && answers.version === 1, 'export\'s format');
    await app.click(app.byTestId('start-again'));
    await app.click(app.byTestId('confirm-clear-yes'));
    await app.expectText('notice', ['cleared']);
    await until('no saved answers', () => driver.executeScript(
      'return Object.keys(localStorage).filter((k) => k.startsWith("xicheng")).length'), (n) => n === 0);
    await app.importAnswers(answers);
    await app.expectText('notice', ['imported']);
    await app.seeResults();
    await app.expectText('total', app.totalText(everything.expect.total_wan));
    for (const [id, amount] of Object.entries(everything.expect.measures)) await app.expectText(`amount-${id}`, money(amount, 'en'));
  },

  async 'a refused file shows every problem with its path, and the answers stay'({ driver, base }) {
    const app = new SelfCheck(driver, base, 'en');
    await app.open();
    await app.start();
    await app.fill('Organisation name', 'Keep me Ltd');
    await app.open();
    const bad = structuredClone(caseFile(EVERYTHING).answers);
    bad.entity.operates_in_xicheng = 'yes';
    bad.claims['8'].national = -1;
    bad.claims['4.2c'].entries[1].beijing = 'gold';
    await app.importFile('bad.json', bad);
    await app.expectText('notice', ['could not be imported', 'entity.operates_in_xicheng', 'claims.8.national', 'claims.4.2c.entries[1].beijing']);
    await app.importFile('other.json', { format: 'someone-else', version: 3, entity: {} });
    await app.expectText('notice', ['format: is not this tool\'s answers file', 'version: version 3 cannot be read']);
    await app.importFile('broken.json', '{ not json');
    await app.expectText('notice', ['not valid JSON (line 1, column 3)']);
    await app.click(app.byTestId('resume'));
    await until('the name kept', () => app.valueOf('Organisation name'), (v) => v === 'Keep me Ltd');
  },

  async 'a compact share link, and the hand-off link opened fresh on another device'({ driver, base, newSession }) {
    const answers = caseFile('both-authorisations-are-two-matters-and-give-300');
    const app = new SelfCheck(driver, base, 'zh');
    await app.resultsOf(answers.answers);
    await app.click(app.byTestId('share'));
    const link = await until('the share link', () => app.byTestId('share-link').getAttribute('value'));
    const url = new URL(link);
    check(url.search === '' && /^#s=[A-Za-z0-9_-]+$/.test(url.hash) && url.hash.length < 200, `a compact link: ${link}`);
    // Another device: a fresh session, with nothing stored, opens the link on the results.
    const other = await newSession();
    try {
      const fresh = new SelfCheck(other, base, 'zh');
      await other.get(link);
      await fresh.waitHeading('自评结果');
      await fresh.expectText('total', fresh.totalText(answers.expect.total_wan));
    } finally {
      await other.quit();
    }
  },

  async 'a reload resumes at the same step with every answer'({ driver, base }) {
    const app = new SelfCheck(driver, base, 'zh');
    await app.open();
    await app.start();
    await app.yesNo('单位是否在西城区依法经营？', true);
    await app.tick('安全治理');
    await app.yesNo('单位是否属于信息传输、软件和信息技术服务业？', false);
    await app.continue();
    await app.tick('数据安全与标准');
    await app.continue();
    await app.fill('已公布的国家标准数量（起草单位前三名）', '2');
    await driver.navigate().refresh();
    await app.started();
    await app.waitHeading('数据安全与标准');
    await until('the figure kept', () => app.valueOf('已公布的国家标准数量（起草单位前三名）'), (v) => v === '2');
    await driver.get(base);
    await app.started();
    await app.click(app.byTestId('resume'));
    await app.waitHeading('数据安全与标准');
  },

  async 'no request after load, whatever the user does, and none possible'({ driver, base }) {
    const app = new SelfCheck(driver, base, 'zh');
    await app.open();
    const loaded = () => driver.executeScript('return performance.getEntriesByType("resource").map((e) => e.name)');
    // The load is over when the wasm has come and nothing new arrives for a while.
    let atLoad = await until('the load to settle', loaded, (names) => names.some((n) => n.endsWith('.wasm')));
    await driver.sleep(500);
    atLoad = await loaded();
    check(atLoad.every((u) => u.startsWith(base)), `only the app's own files at load: ${atLoad}`);
    await app.importAnswers(caseFile(EVERYTHING).answers);
    await app.seeResults();
    await app.click(app.byTestId('share'));
    await app.exportFile();
    await app.click(app.byTestId('lang-switch'));
    await app.waitHeading('Your estimate');
    await driver.sleep(500);
    const after = (await loaded()).slice(atLoad.length).filter((u) => !u.startsWith('blob:'));
    check(after.length === 0, `requests after load: ${after}`);
    const outcome = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      fetch('./index.html').then(() => done('fetched'), () => done('blocked'));`);
    check(outcome === 'blocked', `a fetch after load was ${outcome}`);
  },

  async 'embedded in a hostile park page: the height follows, messages go only to the host'({ driver, base }) {
    const appOrigin = new URL(base).origin;
    const park = await parkServer(appOrigin);
    try {
      await driver.manage().window().setRect({ width: 1280, height: 800 });
      await driver.get(`${park.origin}/?lang=en`);
      await until('the frame', () => driver.findElement(By.css('iframe')));
      await intoFrame(driver);
      const app = new SelfCheck(driver, base, 'en');
      app.inFrame = true;
      await app.started();
      await driver.switchTo().defaultContent();
      const fits = async () => {
        const outer = await driver.executeScript('return document.querySelector("iframe").getBoundingClientRect().height');
        await intoFrame(driver);
        const inner = await driver.executeScript(`return { content: Math.ceil(document.body.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }`);
        await driver.switchTo().defaultContent();
        return Math.abs(outer - Math.max(200, inner.content)) <= 1 && inner.scroll <= inner.client + 1 ? true : { outer, ...inner };
      };
      await until('the frame to fit the start page', fits, (v) => v === true);
      // README's link-first snippet: the link gave way once the widget was heard.
      // (Counted by script: an empty findElements waits out the implicit wait.)
      const links = await driver.executeScript('return document.querySelectorAll("a[data-xicheng-self-check]").length');
      check(links === 0, `the park's link gave way to the frame (${links} left)`);
      const startHeight = await driver.executeScript('return document.querySelector("iframe").getBoundingClientRect().height');
      await intoFrame(driver);
      await app.start();
      await app.waitHeading('About your organisation');
      await app.continue();
      await until('the error summary', () => app.text('error-summary'));
      await driver.switchTo().defaultContent();
      await until('the frame to fit the step with its errors', fits, (v) => v === true);
      const stepHeight = await driver.executeScript('return document.querySelector("iframe").getBoundingClientRect().height');
      check(stepHeight !== startHeight, `the frame's height followed the content (${startHeight} → ${stepHeight})`);
      await intoFrame(driver);
      // Answered by pointer (WebKitWebDriver cannot hand a file to an input inside a frame).
      await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
      await app.tick('security and governance');
      await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
      await app.fill('Organisation name', 'Park Tenant Ltd');
      await app.continue();
      await app.waitHeading('Which activities apply to your organisation?');
      await app.tick('Data security and standards');
      await app.continue();
      await app.waitHeading('Data security and standards');
      await app.yesNo('Does the organisation develop data-security products or services', true);
      for (const heading of ['Are any of these the same project?', 'Check your answers', 'Your estimate']) {
        await app.continue();
        await app.waitHeading(heading);
      }
      await app.expectText('total', app.totalText(caseFile('data-security-products-get-up-to-200').expect.total_wan));
      await driver.switchTo().defaultContent();
      await until('the frame to fit the results', fits, (v) => v === true);
      // What the park heard: from the widget's origin, its height and its step, nothing else.
      const heard = await driver.executeScript('return window.heard');
      check(heard.length > 2, `the park heard ${heard.length} messages`);
      for (const { origin, data } of heard) {
        check(origin === appOrigin, `a message from ${origin}`);
        const keys = Object.keys(data).sort().join();
        check(data.kind === 'height' ? keys === 'kind,px' : data.kind === 'step' && keys === 'kind,step', `a message ${JSON.stringify(data)}`);
      }
      check(heard.some((m) => m.data.kind === 'step' && m.data.step === '#/results'), 'the step to the results was told');
      check(!JSON.stringify(heard).includes('Park Tenant'), 'no answer crossed into the park');

      // Told another host: the park's page hears nothing at all.
      await driver.get(`${park.origin}/?lang=en&host=${encodeURIComponent('https://prod.example')}`);
      await until('the frame', () => driver.findElement(By.css('iframe')));
      await intoFrame(driver);
      await app.started();
      await app.start();
      await app.waitHeading('About your organisation');
      await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        requestAnimationFrame(() => requestAnimationFrame(() => { parent.postMessage('painted', '*'); done(); }));`);
      await driver.switchTo().defaultContent();
      const others = await until('the marker message', () => driver.executeScript('return window.heard'), (h) => h.some((m) => m.data === 'painted'));
      check(others.filter((m) => m.data !== 'painted').length === 0, `a wrong host heard ${JSON.stringify(others)}`);
      // Unfitted: 800 px, and no taller than 90% of the window (a phone's screen).
      const [height, expected] = await driver.executeScript('return [document.querySelector("iframe").getBoundingClientRect().height, Math.min(800, innerHeight * 0.9)]');
      check(Math.abs(height - expected) < 1, `an unfitted frame is ${height} px, not ${expected}`);
    } finally {
      await park.close();
    }
  },

  async 'after one visit the self-check opens and works with no network'({ driver, serveRelease }) {
    let release = await serveRelease();
    const base = `${release.origin}/`;
    const app = new SelfCheck(driver, base, 'zh');
    await driver.get(base);
    await app.started();
    const supported = await driver.executeScript('return "serviceWorker" in navigator && typeof caches === "object"');
    if (!supported) return { skip: 'no service worker API in this session' };
    try {
      // The line is in the footer from the start, shown by the style sheet once the worker holds every file.
      await until('"available offline" shown', () => driver.executeScript(`const line = document.querySelector('[data-testid="offline-line"]');
        return !!line && line.getClientRects().length > 0 && line.textContent`), (t) => t && t.includes('已可离线使用'), 30_000);
    } catch (error) {
      const why = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        navigator.serviceWorker.getRegistrations().then((r) => done('registrations: ' + r.length + ', controller: ' + !!navigator.serviceWorker.controller), (e) => done(String(e)));`);
      throw new Error(`${error.message} (${why})`);
    }
    await release.close();
    const offline = new SelfCheck(driver, base, 'en');
    await driver.get(`${base}?lang=en`);
    await offline.started();
    await offline.waitHeading('Xicheng data-industry award self-check');
    const everything = caseFile(EVERYTHING);
    await offline.importAnswers(everything.answers);
    await offline.seeResults();
    await offline.expectText('total', offline.totalText(everything.expect.total_wan));
    release = null;
  },
};

/** Into the park page's (first) frame, by index: WebKitWebDriver finds no frame by element reference (below). */
async function intoFrame(driver) {
  await driver.switchTo().frame(0);
}

/**
 * A park's page on another site (localhost, where the app is on 127.0.0.1): hostile styles, a
 * strict CSP of its own, its own listener (a script of its own, by nonce) recording what it hears,
 * and README's link-first snippet; `?host=` sets data-host.
 */
async function parkServer(appOrigin) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const host = url.searchParams.get('host');
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${appOrigin} 'nonce-park'; frame-src ${appOrigin}; style-src 'unsafe-inline'`,
    });
    response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>A park</title>
      <style>
        * { box-sizing: content-box !important; font-size: 20px; line-height: 3; color: #6a1b9a; }
        iframe { height: 50px; border: 9px solid magenta; padding: 30px; }
        button, .button, .app, main { background: magenta !important; }
      </style>
      <script nonce="park">window.heard = []; addEventListener('message', ({ origin, data }) => window.heard.push({ origin, data }));</script>
      <h1>Welcome to the park</h1>
      <p>Our own page, with our own styles.</p>
      <a data-xicheng-self-check href="${appOrigin}/">打开西城区数据产业奖励自评</a>
      <script async src="${appOrigin}/embed.js" data-lang="${url.searchParams.get('lang') || 'zh'}"${host ? ` data-host="${host}"` : ''}></script>
      <div style="height:1500px">Park footer</div></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://localhost:${server.address().port}`,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(done));
    },
  };
}
