// Page objects of the self-check: what a user sees and does, by label and role, in either language.
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEXT = {
  zh: { yes: '是', no: '否', start: '开始自评', results: '查看自评结果', back: '返回', check: '核对您的答案', estimate: '自评结果' },
  en: { yes: 'Yes', no: 'No', start: 'Start now', results: 'See your estimate', back: 'Back', check: 'Check your answers', estimate: 'Your estimate' },
};

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const caseAnswersFile = join(projectRoot, 'target', 'e2e-case-answers.json');
let cases;

/** Writes every case with its answers as the case harness reads them (from the file a case names,
 *  its unanswered yes/no conditions met where it says so), as `cargo run --bin case-answers`
 *  prints them, to target/e2e-case-answers.json. Each runner calls it once before its tests (the
 *  end-to-end tests' global setup, the three-engine journeys, the bench): a build it may need then
 *  counts against no test's time. */
export function writeCaseAnswers() {
  const printed = execFileSync('cargo', ['run', '--quiet', '--bin', 'case-answers'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  mkdirSync(dirname(caseAnswersFile), { recursive: true });
  writeFileSync(caseAnswersFile, printed);
}

/** A case file of tests/cases: the engine's expected figures for a set of answers, the answers as
 *  the case harness reads them ([`writeCaseAnswers`]). */
export function caseFile(name) {
  if (!cases) {
    if (!existsSync(caseAnswersFile)) writeCaseAnswers();
    cases = JSON.parse(readFileSync(caseAnswersFile, 'utf8'));
  }
  if (!cases[name]) throw new Error(`no case file tests/cases/${name}.json`);
  return structuredClone(cases[name]);
}

/** 1234.5 → "1,234.5 万元" / "CNY 12.345 million", as the text layer writes it. */
export function money(wan, lang) {
  const group = (text) => {
    const [int, frac] = text.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac ? `${grouped}.${frac}` : grouped;
  };
  const trim = (n, places) => {
    const fixed = Number(n).toFixed(places);
    return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  };
  if (lang === 'zh') return `${group(trim(wan, 2))} 万元`;
  return `CNY ${group(trim(Number(wan) / 100, 4))} million`;
}

export class SelfCheck {
  constructor(page, lang = 'zh') {
    this.page = page;
    this.lang = lang;
    this.t = TEXT[lang];
  }

  async open(query = '') {
    const search = [this.lang === 'en' ? 'lang=en' : '', query].filter(Boolean).join('&');
    await this.page.goto(search ? `./?${search}` : './');
    await this.started();
  }

  /** Waits for the app itself: the start page drawn into the html paints before it. */
  async started() {
    await expect(this.page.locator('html[data-app="started"]')).toHaveCount(1);
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    // Visible: before the app has started, the drawn first question page waits hidden beside the
    // drawn start page, with the same id.
    return this.page.locator('h1#page-heading:visible');
  }

  async expectHeading(text) {
    await expect(this.heading()).toHaveText(text);
    await expect(this.heading()).toBeFocused();
  }

  group(legend) {
    return this.page.getByRole('group', { name: legend, exact: false });
  }

  async yesNo(legend, answer) {
    await this.group(legend).first().getByLabel(answer ? this.t.yes : this.t.no, { exact: true }).check();
  }

  async tick(label) {
    await this.page.getByLabel(label, { exact: true }).check();
  }

  async fill(label, text) {
    await this.page.getByLabel(label, { exact: true }).fill(text);
  }

  async start() {
    // A link to the first question, so that it works before the app has started.
    await this.page.getByRole('link', { name: this.t.start }).click();
  }

  async continue() {
    await this.page.getByTestId('continue').click();
  }

  async back() {
    // The link reads "‹ Back": the arrow is drawn by the style sheet.
    await this.page.locator('.back-link').click();
  }

  /** Imports an answers file through the page's file input; lands on "check your answers". */
  async importAnswers(answers) {
    await this.page.getByTestId('import-file').setInputFiles({
      name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)),
    });
    await this.expectHeading(this.t.check);
  }

  async seeResults() {
    await this.page.getByRole('button', { name: this.t.results }).click();
    await this.expectHeading(this.t.estimate);
  }

  /** Opens the app, imports `answers` and goes straight to their results. */
  async resultsOf(answers) {
    await this.open();
    await this.importAnswers(answers);
    await this.seeResults();
  }

  errorSummary() {
    return this.page.getByTestId('error-summary');
  }

  total() {
    return this.page.getByTestId('total');
  }

  amount(id) {
    return this.page.getByTestId(`amount-${id}`);
  }
}
