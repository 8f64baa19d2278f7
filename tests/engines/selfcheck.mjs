// The page objects of tests/e2e/selfcheck.mjs, over WebDriver, so that one set of journeys runs in
// every engine: what a user sees and does, by label, legend and test id, in either language.
import { By, Key } from 'selenium-webdriver';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEXT, caseFile, money } from '../e2e/selfcheck.mjs';

export { TEXT, caseFile, money, Key };

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until `accept(value)`; throws with `what` and the last value seen. */
export async function until(what, probe, accept = (value) => !!value, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      last = `(${error.name}: ${error.message.split('\n')[0]})`;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await sleep(100);
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

const quote = (text) => (text.includes("'") ? `concat('${text.split("'").join(`', "'", '`)}')` : `'${text}'`);
const files = mkdtempSync(join(tmpdir(), 'engines-files-'));

export class SelfCheck {
  /** `driver`: a WebDriver session; `base`: the app's address, ending in '/'. */
  constructor(driver, base, lang = 'zh') {
    this.driver = driver;
    this.base = base;
    this.lang = lang;
    this.t = TEXT[lang];
  }

  $(css) {
    return this.driver.findElement(By.css(css));
  }

  /**
   * Clicks `element` after scrolling it to the middle of the window, as a user scrolls to what
   * they click. WebKitWebDriver does not scroll the page around a frame to an element inside it,
   * and clicks wherever the element would be: set `inFrame` where the page is a park's frame.
   */
  async click(element) {
    const target = await element;
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', target);
    if (this.inFrame) {
      // Inside a park's frame (another site): scroll the park's page, from the park's side.
      const top = await this.driver.executeScript('return arguments[0].getBoundingClientRect().top', target);
      await this.driver.switchTo().parentFrame();
      await this.driver.executeScript(`const frame = document.querySelector('iframe');
        scrollBy(0, frame.getBoundingClientRect().top + arguments[0] - innerHeight / 2);`, top);
      await this.driver.switchTo().frame(0);
    }
    await target.click();
  }

  byTestId(id) {
    return this.$(`[data-testid="${id}"]`);
  }

  async open(query = '') {
    const search = [this.lang === 'en' ? 'lang=en' : '', query].filter(Boolean).join('&');
    await this.driver.get(search ? `${this.base}?${search}` : this.base);
    await this.started();
  }

  /** Waits for the app itself: the start page drawn into the html paints before it. */
  async started() {
    await until('the app to start', () => this.driver.executeScript(
      'const h = document.querySelector("h1#page-heading"); return !!document.querySelector(\'html[data-app="started"]\') && !!h && h.getClientRects().length > 0'));
  }

  headingText() {
    return this.driver.executeScript('return document.querySelector("h1#page-heading")?.textContent ?? null');
  }

  async expectHeading(text) {
    await until(`the heading "${text}", focused`, () => this.driver.executeScript(
      'const h = document.querySelector("h1#page-heading"); return h ? [h.textContent, h === document.activeElement] : null'),
    (seen) => seen && seen[0] === text && seen[1]);
  }

  async waitHeading(text) {
    await until(`the heading "${text}"`, () => this.headingText(), (seen) => seen === text);
  }

  /** The label whose text is `text` exactly (inside the fieldset whose legend has `legend`). */
  label(text, legend) {
    const scope = legend ? `//fieldset[legend[contains(normalize-space(.), ${quote(legend)})]]` : '';
    return this.driver.findElement(By.xpath(`${scope}//label[normalize-space(.)=${quote(text)}]`));
  }

  async control(text, legend) {
    const label = await this.label(text, legend);
    return this.driver.findElement(By.id(await label.getAttribute('for')));
  }

  /** Chooses by clicking the label, as a pointer user does; checks that it took. */
  async choose(text, legend) {
    await this.click(this.label(text, legend));
    const input = await this.control(text, legend);
    await until(`"${text}" to be checked`, () => input.isSelected());
  }

  yesNo(legend, answer) {
    return this.choose(answer ? this.t.yes : this.t.no, legend);
  }

  tick(text) {
    return this.choose(text);
  }

  async fill(text, value) {
    const input = await this.control(text);
    await input.clear();
    await input.sendKeys(value);
    await until(`"${text}" to hold "${value}"`, () => input.getAttribute('value'), (v) => v === value);
  }

  async valueOf(text) {
    return (await this.control(text)).getAttribute('value');
  }

  async start() {
    await this.click(this.byTestId('start'));
  }

  async continue() {
    await this.click(this.byTestId('continue'));
  }

  async button(name) {
    return this.driver.findElement(By.xpath(`//button[normalize-space(.)=${quote(name)}]`));
  }

  /** Imports an answers file through the page's file input, as the file picker would hand it. */
  async importFile(name, contents) {
    const path = join(files, name);
    writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
    await this.byTestId('import-file').sendKeys(path);
  }

  async importAnswers(answers) {
    await this.importFile('answers.json', answers);
    await this.expectHeading(this.t.check);
  }

  async seeResults() {
    await this.click(this.button(this.t.results));
    await this.expectHeading(this.t.estimate);
  }

  async resultsOf(answers) {
    await this.open();
    await this.importAnswers(answers);
    await this.seeResults();
  }

  async text(testId) {
    return this.driver.executeScript(`return document.querySelector('[data-testid="${testId}"]')?.textContent ?? null`);
  }

  /** Waits for the element of `testId` to have `text` exactly (a string) or to contain each of `text` (an array). */
  async expectText(testId, text) {
    const accept = Array.isArray(text) ? (seen) => seen !== null && text.every((part) => seen.includes(part)) : (seen) => seen === text;
    return until(`[data-testid=${testId}] to read ${JSON.stringify(text)}`, () => this.text(testId), accept);
  }

  totalText(wan) {
    return this.lang === 'en' ? `up to ${money(wan, 'en')}` : `最高 ${money(wan, 'zh')}`;
  }

  /**
   * Clicks export and returns the file it makes, read from the page: the download itself is the
   * browser's (and WebKitWebDriver has no way to reach it), the file's bytes are the page's.
   */
  async exportFile() {
    await this.driver.executeScript(`
      window.exported = null;
      const make = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.exportedBlob = blob; return make.call(URL, blob); };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) { window.exportedName = this.download; return; }
        return click.call(this);
      };`);
    await this.click(this.byTestId('export'));
    const [name, text] = await this.driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const wait = () => window.exportedBlob && window.exportedName ? window.exportedBlob.text().then((t) => done([window.exportedName, t])) : setTimeout(wait, 50);
      wait();`);
    return { name, answers: JSON.parse(text) };
  }

  /** Tab until `element` has the focus, as a keyboard user would. */
  async tabTo(element, limit = 80) {
    for (let i = 0; i < limit; i += 1) {
      if (await this.driver.executeScript('return arguments[0] === document.activeElement', element)) return;
      await this.driver.actions().sendKeys(Key.TAB).perform();
    }
    throw new Error(`Tab never reached ${await element.getAttribute('outerHTML').then((h) => h.slice(0, 120))}`);
  }

  press(key) {
    return this.driver.actions().sendKeys(key).perform();
  }
}
