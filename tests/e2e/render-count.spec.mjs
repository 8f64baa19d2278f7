// The answers are checked and the estimate made once per change of the answers, never on a
// render that changed nothing (an idle tick at a stand, a step). The app counts both
// (`checked_count()` and `estimated_count()`, exported by the WebAssembly); this holds it to the count.
import { test, expect } from '@playwright/test';
import { SelfCheck } from './selfcheck.mjs';

const counts = (page) => page.evaluate(() => [window.wasmBindings.checked_count(), window.wasmBindings.estimated_count()]);

test('typing ten characters checks and estimates at most ten times; an idle tick never', async ({ page }) => {
  await page.clock.install();
  const app = new SelfCheck(page);
  await app.open('mode=demo&idle=30');
  // An area page, where the running total shows the estimate as the user types.
  await page.evaluate(() => { window.location.hash = '#/activities'; });
  await app.expectHeading('哪些活动与您的单位有关？');
  await app.tick('数据基础设施与算力');
  await page.evaluate(() => { window.location.hash = '#/area/infrastructure'; });
  await app.expectHeading('数据基础设施与算力');
  // The investment is asked once the project is a national pilot.
  await page.locator('#f-claims-6-1a-national_pilot').check();
  const investment = page.getByLabel('实际完成固定资产投资（不含土建），万元', { exact: true });
  await expect(investment).toBeVisible();
  await expect(page.getByTestId('running-total')).toBeVisible();
  const [checkedBefore, estimatedBefore] = await counts(page);

  await investment.pressSequentially('1234567890');
  await expect(investment).toHaveValue('1234567890');
  const [checked, estimated] = await counts(page);
  console.log(`render count: 10 characters typed → checked ${checked - checkedBefore}, estimated ${estimated - estimatedBefore}`);
  expect(checked - checkedBefore).toBeGreaterThan(0);
  expect(checked - checkedBefore).toBeLessThanOrEqual(10);
  expect(estimated - estimatedBefore).toBeLessThanOrEqual(10);

  // Nobody there: the warning, and ten seconds of its countdown, re-render the page every second.
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('idle-dialog')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('idle-seconds')).toContainText('10');
  expect(await counts(page)).toEqual([checked, estimated]);
});
