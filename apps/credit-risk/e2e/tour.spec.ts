// The tour a product manager makes: Overview -> Try (a scored application with its reasons, the
// cutoff knob moved and the business numbers changing) -> Evaluate (plots) -> Train, Data, model card
// -> Compare. Screenshots of every page land in dist/e2e/credit-risk/screenshots.
//
// The pages need a trained model. When the app under test has none (a fresh test ATLAS_HOME), the
// suite trains the three configurations quickly (--quick: small networks, no cross-validation)
// into the same ATLAS_HOME first. It runs after the shell suite, which checks the empty state.
import { expect, test } from '@playwright/test';
import { screenshotPath } from '../../../tools/playwright-config';
import { MODEL_CARD_HEADING, overviewTradeoffVisit, tourOnTrainedModel, visitPage } from '../../../tools/testing/e2e-tour';

tourOnTrainedModel('credit-risk', { trainArgs: ['--quick', '--config', 'all'] });

test('overview shows the active model’s tradeoff card', async ({ page }) => {
  await visitPage(page, 'credit-risk', overviewTradeoffVisit('roc_auc'));
});

test('try: a scored application with reasons, then the cutoff knob changes the numbers', async ({ page }) => {
  await page.goto('/try');
  await page.getByRole('button', { name: 'Behind on payments' }).click();
  await expect(page.getByTestId('pd')).toBeVisible();
  await expect(page.getByTestId('decision')).toContainText(/Approve|Decline/);
  const reasons = page.getByTestId('reasons').getByRole('listitem');
  await expect(reasons.first()).toBeVisible();
  expect(await reasons.count()).toBeLessThanOrEqual(4);
  await expect(page.getByTestId('what-if')).toBeVisible();

  const approval = page.getByTestId('approval-rate');
  const profit = page.getByTestId('profit-per-1000');
  const before = { approval: await approval.textContent(), profit: await profit.textContent() };
  await page.getByLabel(/Approve when the probability of default is below/).fill('0.6');
  await expect(page.getByTestId('cutoff-value')).toHaveText('60%');
  await expect(approval).not.toHaveText(before.approval ?? '');
  await expect(profit).not.toHaveText(before.profit ?? '');
  await expect(page.getByTestId('operating-point')).toContainText('threshold 0.6');
  // The what-if is asked again for the new cutoff once the knob rests.
  await expect(page.getByTestId('what-if')).toContainText('60.0% cutoff');
  await page.screenshot({ path: screenshotPath('credit-risk', 'tour-2-try'), fullPage: true });
});

test('try: the same model runs in the browser, with both latencies', async ({ page }) => {
  await page.goto('/try');
  await page.getByRole('button', { name: 'Score this application' }).click();
  await expect(page.getByTestId('pd')).toBeVisible();
  await page.getByRole('switch').check();
  const latency = page.getByTestId('browser-latency');
  await expect(latency).toContainText(/Browser \(\w+\): PD [\d.]+%, [\d.]+ ms per application/, { timeout: 30_000 });
  console.log(`credit-risk ${await latency.textContent()}`);
  await page.screenshot({ path: screenshotPath('credit-risk', 'tour-3-try-browser'), fullPage: true });
});

test('evaluate shows the metrics, the plots and the fairness tables', async ({ page }) => {
  await page.goto('/evaluate');
  await expect(page.getByRole('heading', { level: 1, name: 'How good is the model?' })).toBeVisible();
  for (const title of ['ROC curve, test set', 'Precision and recall of declines, test set', 'Predicted PD against the observed default rate', 'What each cutoff does']) {
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /./ }).first()).toBeVisible();
  await expect(page.getByText('Approved, then defaulted')).toBeVisible();
  await page.screenshot({ path: screenshotPath('credit-risk', 'tour-4-evaluate'), fullPage: true });
});

test('train, data and model card pages render', async ({ page }) => {
  await page.goto('/train');
  await expect(page.getByRole('table', { name: 'Configurations compared' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('credit-risk', 'tour-5-train'), fullPage: true });
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Bring your own data' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Monitoring/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('credit-risk', 'tour-6-data'), fullPage: true });
  await visitPage(page, 'credit-risk', { path: '/model-card', heading: MODEL_CARD_HEADING, shot: 'tour-7-model-card' });
});

test('compare lays the credit card beside the other domains', async ({ page }) => {
  await visitPage(page, 'credit-risk', { path: '/compare', heading: { level: 1 }, shot: 'tour-8-compare', check: (p) => expect(p.getByText(/credit/i).first()).toBeVisible() });
});
