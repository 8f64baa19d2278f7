// The whole walk, start page to report, in each language; every figure is the engine's, taken
// from the case file that the engine's own tests hold to the policy.
import { test, expect } from '@playwright/test';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

test('a firm walks the whole self-check in Chinese and gets the engine\'s figures', async ({ page }) => {
  const expected = caseFile('a-pilot-and-a-scenario-of-one-project-count-once-at-the-higher-800').expect;
  const app = new SelfCheck(page, 'zh');
  await app.open();
  await expect(app.heading()).toHaveText('西城区数据产业奖励自评');
  await expect(page.getByText('您的答案不会离开本设备。')).toBeVisible();
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
  // The estimate so far follows each answer, on the page where it is given.
  const soFar = page.getByTestId('running-total');
  await expect(soFar).toHaveText('最高 0 万元');
  await app.yesNo('单位是否推动应用场景落地建设？（是否具有示范性，由西城区数据局评定）', true);
  await expect(soFar).toHaveText('最高 500 万元');
  await app.continue();

  await app.expectHeading('数据基础设施与算力');
  await app.yesNo('单位建设的重点数据基础设施项目（如可信数据空间）是否被评为国家级试点示范？', true);
  await app.fill('实际完成固定资产投资（不含土建），万元', '８，０００');
  await expect(soFar).toHaveText('最高 1,300 万元');
  await app.continue();

  await app.expectHeading('是否有同一项目？');
  await page.getByTestId('add-project').click();
  await app.tick('重点数据基础设施国家级试点示范（第六条（一））');
  await app.tick('示范性应用场景落地（第四条（二））');
  // One project: counted once, at the higher of the two.
  await expect(soFar).toHaveText(`最高 ${money(expected.total_wan, 'zh')}`);
  await app.continue();

  await app.expectHeading('核对您的答案');
  // Typed "８，０００": the check page shows the figure as the tool read it.
  await expect(page.locator('[data-field="f-claims-6-1a-investment_wan"] .summary-answer')).toContainText('8,000 万元');
  // A change link goes to the question itself and comes back here.
  await page.getByRole('button', { name: '修改 实际完成固定资产投资（不含土建），万元' }).click();
  const investment = page.getByLabel('实际完成固定资产投资（不含土建），万元', { exact: true });
  await expect(investment).toBeFocused();
  await investment.fill('8,000');
  await app.continue();
  await app.expectHeading('核对您的答案');
  await expect(page.getByText('8,000 万元')).toBeVisible();
  await page.getByRole('button', { name: '查看自评结果' }).click();

  await app.expectHeading('自评结果');
  await expect(app.total()).toHaveText(`最高 ${money(expected.total_wan, 'zh')}`);
  for (const [id, amount] of Object.entries(expected.measures)) {
    await expect(app.amount(id)).toHaveText(money(amount, 'zh'));
  }
  await expect(page.getByTestId('merged-4.2a')).toContainText('重点数据基础设施国家级试点示范');
  await expect(page.getByTestId('award-6.1a')).toContainText('10% × 8,000 = 800 ≤ 上限 1,000');
  await expect(page.getByTestId('award-6.1a').locator('blockquote')).toHaveText(/按照不超过实际完成固定资产投资（不含土建）的10%/);
  await expect(page.getByText('本工具的结果仅供参考，是否给予支持及金额由西城区数据局认定。').first()).toBeVisible();
});

test('a firm walks the whole self-check in English and gets the engine\'s figures', async ({ page }) => {
  const expected = caseFile('standards-adding-up-to-290-are-paid-in-full').expect;
  const app = new SelfCheck(page, 'en');
  await app.open();
  await expect(app.heading()).toHaveText('Xicheng data-industry award self-check');
  await app.start();

  await app.expectHeading('About your organisation');
  await app.yesNo('Does your organisation operate legally in Xicheng District?', true);
  await app.tick('development and use');
  await app.yesNo('Is your organisation in the information transmission, software and IT services industry?', false);
  await app.continue();

  await app.expectHeading('Which activities apply to your organisation?');
  await app.tick('Data security and standards');
  await app.continue();

  await app.expectHeading('Data security and standards');
  await app.yesNo('Does the organisation develop data-security products or services', false);
  await app.fill('Published national standards (ranked among the first three drafting organisations)', '1');
  await app.fill('Published Beijing local standards (ranked among the first three drafting organisations)', '2');
  await app.fill('Published industry standards (ranked among the first three drafting organisations)', '3');
  await app.continue();

  await app.expectHeading('Are any of these the same project?');
  await app.continue();
  await app.expectHeading('Check your answers');
  await page.getByRole('button', { name: 'See your estimate' }).click();

  await app.expectHeading('Your estimate');
  await expect(app.total()).toHaveText(`up to ${money(expected.total_wan, 'en')}`);
  await expect(app.amount('8')).toHaveText(money(expected.measures['8'], 'en'));
  await expect(page.getByTestId('award-8')).toContainText('= 290 ≤ 300 cap (in 10,000 yuan)');
  const notYet = page.getByRole('region', { name: 'Measures you do not qualify for yet' });
  await expect(notYet.getByTestId('near-miss-7')).toContainText('develops data-security products or services');
});
