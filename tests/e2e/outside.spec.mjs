// A firm not yet in Xicheng sees what it could get "if it operated in Xicheng", and a total of 0.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

test('a unit outside Xicheng sees potential amounts framed as such', async ({ page }) => {
  const facts = caseFile('a-firm-outside-xicheng-sees-its-awards-as-potential-only');
  const app = new SelfCheck(page, 'en');
  await app.resultsOf(facts.answers);
  await expect(page.getByTestId('headline')).toContainText('If you operated in Xicheng District, in total');
  await expect(page.getByTestId('potential')).toHaveText(`up to ${money(facts.expect.potential_wan, 'en')}`);
  await expect(page.getByTestId('headline')).toContainText('Its total today is 0');
  await expect(page.getByTestId('total')).toHaveCount(0);
  for (const [id, amount] of Object.entries(facts.expect.measures)) {
    await expect(page.getByTestId(`award-${id}`)).toContainText('Would appear to qualify in Xicheng District');
    await expect(app.amount(id)).toHaveText(money(amount, 'en'));
  }
});

test('a unit in no data-industry field is told the Measures do not apply', async ({ page }) => {
  const facts = caseFile('a-firm-in-no-data-industry-field-gets-nothing-not-even-as-potential');
  const app = new SelfCheck(page, 'zh');
  await app.resultsOf(facts.answers);
  await expect(page.getByTestId('headline')).toContainText('本措施不适用');
});
