// A follow-up question is asked only when the answer before it opens it ("rent paid" after "rents
// compute: yes"), shows at once when it does, and keeps what was typed while it is closed; a
// follow-up answered though not asked (a file of an earlier release) shows nowhere, and is neither
// exported nor put in a link. Every follow-up of the policy tables is listed below: a Rust test
// (src/policy/tests.rs) holds this list to the tables.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SelfCheck } from './selfcheck.mjs';

const FOLLOW_UPS = [
  { area: 'recognition', measure: '2.1', opener: 'leads_key_task', key: 'key_task_name', kind: 'text' },
  { area: 'recognition', measure: '2.1', opener: 'leads_key_task', key: 'key_task_level', kind: 'choice' },
  { area: 'growth', measure: '2.2b', opener: 'generative_ai', key: 'scenarios_promoted', kind: 'flag' },
  { area: 'research', measure: '3.2', opener: 'results_converted', key: 'project_name', kind: 'text' },
  { area: 'research', measure: '3.2', opener: 'results_converted', key: 'project_level', kind: 'choice' },
  { area: 'trading', measure: '5.1a', opener: 'trading_platform', key: 'platform_name', kind: 'text' },
  { area: 'infrastructure', measure: '6.1a', opener: 'national_pilot', key: 'investment_wan', kind: 'amount' },
  { area: 'infrastructure', measure: '6.1b', opener: 'retrofit_funded', key: 'retrofit_name', kind: 'text' },
  { area: 'infrastructure', measure: '6.1b', opener: 'retrofit_funded', key: 'funding_level', kind: 'choice' },
  { area: 'infrastructure', measure: '6.2', opener: 'rents_compute', key: 'compute_rent_paid_wan', kind: 'amount' },
  { area: 'ecosystem', measure: '9.2', opener: 'data_financing', key: 'interest_paid_wan', kind: 'amount' },
];

/** The page id of a claim's field, as FieldPath::dom_id writes it. */
const fieldId = (measure, key) => `f-claims-${measure.replace(/\./g, '-')}-${key}`;
/** The opener of 2.2b is a count (any filing opens it); every other opener is a yes/no. */
const isCount = (f) => f.measure === '2.2b';

/** An answer each follow-up's kind accepts, distinctive enough to be found in any page's text. */
const TYPED = { text: '未问之名称', amount: '987.65' };
const answerOf = (f) => ({ text: TYPED.text, amount: TYPED.amount, flag: true, choice: 'national' })[f.kind];

const entity = { operates_in_xicheng: true, data_fields: ['development', 'infrastructure'], ict_industry: true };
const file = (claims) => ({ format: 'xicheng-data-awards/answers', version: 1, entity, claims });

/** Each measure's openers closed ("no", no filings): what a user who changed them leaves. */
function closedClaims({ withFollowUps }) {
  const claims = {};
  for (const f of FOLLOW_UPS) {
    const claim = (claims[f.measure] ??= {});
    if (isCount(f)) Object.assign(claim, { generative_ai: 0, algorithm: 0, deep_synthesis: 0 });
    else claim[f.opener] = false;
    if (withFollowUps) claim[f.key] = answerOf(f);
  }
  // One award that counts, so that the results have figures and a link to share.
  claims['7'] = { security_products: true };
  return claims;
}

async function shareLink(page) {
  await page.getByTestId('share').click();
  return page.getByTestId('share-link').inputValue();
}

for (const lang of ['zh', 'en']) {
  test(`follow-ups answered but not asked show nowhere, and neither export nor link holds them (${lang})`, async ({ page }) => {
    const app = new SelfCheck(page, lang);
    await app.open();
    await app.importAnswers(file(closedClaims({ withFollowUps: false })));
    await app.seeResults();
    const clean = await shareLink(page);

    await page.getByTestId('start-again').click();
    await app.importAnswers(file(closedClaims({ withFollowUps: true })));
    const hidden = async () => {
      for (const f of FOLLOW_UPS) {
        await expect(page.locator(`[data-field="${fieldId(f.measure, f.key)}"]`), f.key).toHaveCount(0);
      }
      const text = await page.locator('main').innerText();
      expect(text).not.toContain(TYPED.text);
      expect(text).not.toContain(TYPED.amount);
    };
    // The openers are listed, as answered; their follow-ups are not.
    await expect(page.locator(`[data-field="${fieldId('6.2', 'rents_compute')}"]`)).toHaveCount(1);
    await hidden();
    await app.seeResults();
    await hidden();
    expect(await shareLink(page)).toBe(clean);
    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    for (const f of FOLLOW_UPS) expect(exported.claims[f.measure], f.key).not.toHaveProperty(f.key);
  });

  test(`every follow-up shows as soon as its opener says so, and keeps what was typed while closed (${lang})`, async ({ page }) => {
    const app = new SelfCheck(page, lang);
    await app.open();
    await app.importAnswers(file(closedClaims({ withFollowUps: false })));
    for (const f of FOLLOW_UPS) {
      await page.evaluate((area) => { window.location.hash = `#/area/${area}`; }, f.area);
      const opener = page.locator(`#${fieldId(f.measure, f.opener)}`);
      const follower = page.locator(`#${fieldId(f.measure, f.key)}`);
      await expect(opener, f.key).toBeVisible();
      await expect(follower, `${f.key} closed`).toBeHidden();
      const open = async (yes) => {
        if (isCount(f)) await opener.fill(yes ? '１' : '0');
        else await page.locator(`#${fieldId(f.measure, f.opener)}${yes ? '' : '-no'}`).check();
      };
      await open(true);
      await expect(follower, `${f.key} opened`).toBeVisible();
      // The answer just given keeps the focus: showing the follow-up reused no other input.
      if (!isCount(f)) await expect(opener).toBeFocused();
      if (f.kind === 'text' || f.kind === 'amount') await follower.fill(answerOf(f));
      else await follower.check();
      await open(false);
      await expect(follower, `${f.key} closed again`).toBeHidden();
      await open(true);
      if (f.kind === 'text' || f.kind === 'amount') await expect(follower).toHaveValue(answerOf(f));
      else await expect(follower).toBeChecked();
      // Closed again for the next follow-up of the same opener.
      await open(false);
      await expect(follower).toBeHidden();
    }
  });
}
