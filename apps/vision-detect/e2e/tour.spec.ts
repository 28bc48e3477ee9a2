// The tour a product manager makes: Overview -> Try (a test image detected, the confidence and NMS
// sliders re-filtering the boxes, one box explained, the same model in the browser with both
// latencies) -> Evaluate (AP per class, PR curves, confusion with background, the tradeoff chart,
// the worst test images) -> Train, Data, model card -> Compare. Screenshots of every page land in
// dist/e2e/vision-detect/screenshots.
//
// The pages need a trained model: CI trains the default configuration into the test ATLAS_HOME
// before the suites run. When the app under test has none, a short run of the fast configuration is
// trained first. It runs after the shell suite, which checks the empty state.
import { expect, test } from '@playwright/test';
import { screenshotPath } from '../../../tools/playwright-config';
import { MODEL_CARD_HEADING, overviewTradeoffVisit, tourOnTrainedModel, visitPage } from '../../../tools/testing/e2e-tour';

tourOnTrainedModel('vision-detect', { trainArgs: ['--config', 'fast-160', '--epochs', '4'], timeoutMs: 900_000 });

test('overview shows the active model’s tradeoff card', async ({ page }) => {
  await visitPage(page, 'vision-detect', overviewTradeoffVisit('map50'));
});

test('try: a test image is detected, and the sliders re-filter the boxes without a new request', async ({ page }) => {
  await page.goto('/try');
  const predictions: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/predict')) predictions.push(r.url());
  });
  await page.getByTestId('gallery').getByRole('button').first().click();
  await expect(page.getByTestId('server-latency')).toContainText(/Server \(wasm, \d+ px\): [\d.]+ ms/, { timeout: 60_000 });
  const count = page.getByTestId('box-count');
  const atDefault = Number(await count.textContent());
  await page.getByLabel('minimum confidence').fill('0.05');
  await expect(page.getByTestId('min-score')).toHaveText('5%');
  const atLow = Number(await count.textContent());
  expect(atLow).toBeGreaterThanOrEqual(atDefault);
  await page.getByLabel('NMS IoU threshold').fill('1');
  expect(Number(await count.textContent())).toBeGreaterThanOrEqual(atLow);
  await expect(page.getByTestId('operating-point')).toContainText('of signs found');
  expect(predictions).toHaveLength(1);
  await page.getByLabel('minimum confidence').fill('0.3');
  await page.getByLabel('NMS IoU threshold').fill('0.5');
  const why = page.getByRole('button', { name: 'Why here?' });
  if ((await why.count()) > 0) {
    await why.first().click();
    await expect(page.getByText(/occlusion saliency/)).toBeVisible({ timeout: 60_000 });
  }
  await page.screenshot({ path: screenshotPath('vision-detect', 'tour-2-try'), fullPage: true });
});

test('try: the same model runs in the browser, with both latencies', async ({ page }) => {
  await page.goto('/try');
  await page.getByTestId('gallery').getByRole('button').first().click();
  await expect(page.getByTestId('server-latency')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('switch').check();
  const latency = page.getByTestId('browser-latency');
  await expect(latency).toContainText(/Browser \(\w+\): [\d.]+ ms p50, \d+ boxes/, { timeout: 120_000 });
  console.log(`vision-detect ${await latency.textContent()} | ${await page.getByTestId('server-latency').textContent()}`);
  await page.screenshot({ path: screenshotPath('vision-detect', 'tour-3-try-browser'), fullPage: true });
});

test('evaluate shows AP per class, PR curves, confusion with background, the tradeoff and the worst images', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/evaluate');
  await expect(page.getByRole('heading', { level: 1, name: 'How good is the detector?' })).toBeVisible();
  await expect(page.getByTestId('headline')).toContainText('mAP@0.5');
  // The default is served; the page says where the best configuration stands against the bar.
  await expect(page.getByTestId('best-config')).toContainText(/Accurate \(320 px\).*(meets the bar|below the bar|not been trained here yet)/);
  await expect(page.getByTestId('per-class-ap')).toContainText('speedlimit');
  await expect(page.getByText('Precision against recall per class (IoU 0.5)')).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'background' })).toBeVisible();
  await expect(page.getByTestId('failure-gallery').getByRole('listitem').first()).toBeVisible();
  await page.getByTestId('measure-browser').click();
  await expect(page.getByTestId('tradeoff-chart').getByText(/browser \(/).first()).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('tradeoff-chart').getByText(/Measuring/)).toHaveCount(0, { timeout: 180_000 });
  console.log(`vision-detect tradeoff: ${(await page.getByTestId('tradeoff-chart').locator('svg text').allTextContents()).filter((t) => t.includes('(')).join('; ')}`);
  await page.screenshot({ path: screenshotPath('vision-detect', 'tour-4-evaluate'), fullPage: true });
});

test('train, data and model card pages render', async ({ page }) => {
  await page.goto('/train');
  await expect(page.getByTestId('config-table')).toBeVisible();
  await page.screenshot({ path: screenshotPath('vision-detect', 'tour-5-train'), fullPage: true });
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Bring your own data' })).toBeVisible();
  await expect(page.getByTestId('box-sizes')).toBeVisible();
  await page.screenshot({ path: screenshotPath('vision-detect', 'tour-6-data'), fullPage: true });
  await visitPage(page, 'vision-detect', { path: '/model-card', heading: MODEL_CARD_HEADING, shot: 'tour-7-model-card' });
});

test('compare lays the vision card beside the other domains', async ({ page }) => {
  await visitPage(page, 'vision-detect', { path: '/compare', heading: { level: 1 }, shot: 'tour-8-compare' });
});
