// Words a user knows: the headline says how much of the total follows from the user's own figures
// and how much is the clauses' maxima; no page a user reads shows an internal measure ID; the next
// steps say what to prepare. Figures come from the case files the engine's own tests hold.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
const sample = caseFile('sample-an-ai-start-up-with-filings-growth-and-support-to-match-gets-up-to-1000');

// Every ID that carries a letter: a user never sees one, only titles and clauses.
const IDS = ['2.2a', '2.2b', '4.2a', '4.2b', '4.2c', '4.3a', '4.3b', '4.3c', '5.1a', '5.1b', '5.1c', '6.1a', '6.1b', '9.6a', '9.6b'];
const idPattern = new RegExp(`(^|[^0-9A-Za-z.])(${IDS.map((id) => id.replace('.', '\\.')).join('|')})(?![0-9A-Za-z])`);

/** The visible text of the page, with any ID found in it. */
async function idsOn(page) {
  const text = await page.locator('body').innerText();
  const found = text.match(idPattern);
  return found ? `${found[2]} in “…${text.slice(Math.max(0, found.index - 40), found.index + 40)}…”` : null;
}

for (const lang of ['zh', 'en']) {
  test(`the headline says every amount is an upper limit, then splits the total into the user's figures and the clauses' maxima, in ${lang}`, async ({ page }) => {
    const app = new SelfCheck(page, lang);
    for (const { answers, expect: wanted } of [everything, sample]) {
      await app.resultsOf(answers);
      await expect(app.total()).toHaveText(`${lang === 'zh' ? '最高' : 'up to'} ${money(wanted.total_wan, lang)}`);
      const split = page.getByTestId('headline-split');
      await expect(split).toContainText(lang === 'zh' ? /^每一项金额都是上限/ : /^Every amount is an upper limit/);
      // A part of zero is not said.
      for (const part of [wanted.figures_wan, wanted.ceilings_wan].filter((part) => Number(part) > 0)) {
        await expect(split).toContainText(money(part, lang));
      }
      expect(Number(wanted.figures_wan) + Number(wanted.ceilings_wan)).toBe(Number(wanted.total_wan));
      await page.evaluate(() => localStorage.clear());
    }
  });

  test(`no page of the self-check shows an internal ID, in ${lang}`, async ({ page }) => {
    const app = new SelfCheck(page, lang);
    await app.open();
    expect(await idsOn(page), 'start').toBeNull();
    await app.importAnswers(everything.answers);
    expect(await idsOn(page), 'check your answers').toBeNull();
    const steps = ['#/organisation', '#/activities',
      ...['recognition', 'growth', 'research', 'scenarios', 'trading', 'infrastructure', 'security', 'ecosystem'].map((a) => `#/area/${a}`),
      '#/projects', '#/check', '#/results'];
    for (const step of steps) {
      await page.evaluate((hash) => { window.location.hash = hash; }, step);
      await expect(app.heading()).toBeFocused();
      expect(await idsOn(page), step).toBeNull();
    }
    // The next steps name what to prepare, award by award.
    const next = page.getByTestId('next-steps');
    await expect(next).toBeVisible();
    await expect(next.locator('.next-award')).toHaveCount(Object.keys(everything.expect.measures).length);
    await expect(next).toContainText(lang === 'zh' ? '出租方为非关联方的租用合同' : 'rental contract');
  });
}

test('a specialist term is explained where it is asked', async ({ page }) => {
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await app.importAnswers(everything.answers);
  await page.evaluate(() => { window.location.hash = '#/area/infrastructure'; });
  await app.expectHeading('数据基础设施与算力');
  const terms = page.getByTestId('terms');
  await expect(terms.filter({ hasText: '可信数据空间' })).toBeVisible();
  await expect(terms.filter({ hasText: '非关联方' })).toContainText('企业会计准则第36号');
});
