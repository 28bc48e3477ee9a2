// The tour a product manager makes: Overview -> Try (a patient's calibrated risk with its factors,
// the threshold and prevalence knobs moved and the numbers changing, the model run in the browser,
// the second task) -> Evaluate (plots, decision curve) -> Train (privacy) -> Data (audit) -> Model
// card -> Compare. Screenshots of every page land in dist/e2e/med-diagnosis/screenshots.
//
// The pages need trained models. CI trains the default (mlp on both tasks) into the test ATLAS_HOME
// before e2e; when the app under test has none, the suite runs that same default training first.
import { expect, test } from '@playwright/test';
import { screenshotPath } from '../../../tools/playwright-config';
import { MODEL_CARD_HEADING, tourOnTrainedModel, trainApp, visitPage } from '../../../tools/testing/e2e-tour';

const shot = (name: string) => screenshotPath('med-diagnosis', name);

tourOnTrainedModel('med-diagnosis', {
  trainArgs: [],
  // The active model serves one task; the other needs a run of its own (an older home may lack it).
  then: async (request) => {
    for (const task of ['pima', 'wdbc']) {
      const res = await request.post('/api/predict', { data: { task, patient: {} } });
      if (res.status() === 503) trainApp('med-diagnosis', '--task', task);
    }
  },
});

test('overview: the research banner and the active model', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('research-banner')).toContainText('Research demo, not for clinical use');
  await expect(page.getByRole('heading', { name: 'Active model' })).toBeVisible();
  await page.screenshot({ path: shot('tour-1-overview'), fullPage: true });
});

test('try: a risk with its interval and factors, then the knobs change the numbers', async ({ page }) => {
  await page.goto('/try?task=pima');
  await page.getByRole('button', { name: 'Estimate risk' }).click();
  await expect(page.getByTestId('risk-value')).toHaveText(/^\d+\.\d%$/);
  await expect(page.getByText(/95% interval/)).toBeVisible();
  // The example leaves insulin empty: imputed, and the answer says so.
  await expect(page.getByTestId('imputed-note')).toContainText('2 h serum insulin');
  await expect(page.getByTestId('factors').getByRole('listitem').first()).toBeVisible();

  const sensitivity = page.getByTestId('sensitivity');
  const ppv = page.getByTestId('ppv');
  const before = { sensitivity: await sensitivity.textContent(), ppv: await ppv.textContent() };
  await page.getByLabel('Decision threshold', { exact: true }).fill('0.2');
  await expect(page.getByTestId('threshold-value')).toHaveText('20%');
  await expect(sensitivity).not.toHaveText(before.sensitivity ?? '');
  const ppvAtThreshold = await ppv.textContent();
  // Same test, a screening population: PPV falls with prevalence, sensitivity does not move.
  const sensitivityAtThreshold = await sensitivity.textContent();
  await page.getByLabel('Prevalence', { exact: true }).fill('0.05');
  await expect(ppv).not.toHaveText(ppvAtThreshold ?? '');
  await expect(sensitivity).toHaveText(sensitivityAtThreshold ?? '');
  await expect(page.getByText('Decision curve (net benefit)')).toBeVisible();
  await page.screenshot({ path: shot('tour-2-try'), fullPage: true });
});

test('try: the same model runs in the browser, with both latencies', async ({ page }) => {
  await page.goto('/try?task=pima');
  await page.getByRole('button', { name: 'Estimate risk' }).click();
  const serverRisk = await page.getByTestId('risk-value').textContent();
  await page.getByRole('switch').check();
  const latency = page.getByTestId('browser-latency');
  await expect(latency).toContainText(/Browser \(\w+\): risk [\d.]+%, [\d.]+ ms per patient .* Server: risk [\d.]+%, [\d.]+ ms for the model call, [\d.]+ ms round trip/, { timeout: 30_000 });
  // Same artifact, same code: the browser's risk is the server's.
  expect(await latency.textContent()).toContain(`risk ${serverRisk}`);
  console.log(`med-diagnosis ${await latency.textContent()}`);
  await page.screenshot({ path: shot('tour-3-try-browser'), fullPage: true });
});

test('try: the second task is served too', async ({ page }) => {
  await page.goto('/try?task=wdbc');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Breast mass malignancy');
  await page.getByRole('button', { name: 'Estimate risk' }).click();
  await expect(page.getByTestId('risk-value')).toHaveText(/^\d+\.\d%$/);
  await page.screenshot({ path: shot('tour-4-try-wdbc'), fullPage: true });
});

test('evaluate: metrics with intervals, the plots and the decision curve', async ({ page }) => {
  await page.goto('/evaluate?task=pima');
  await expect(page.getByText('ROC AUC (mean of folds)')).toBeVisible();
  for (const id of ['roc-chart', 'reliability-chart', 'confusion-matrix', 'threshold-curves', 'decision-curve']) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: shot('tour-5-evaluate'), fullPage: true });
});

test('train: the privacy section with the hospitals and the privacy cost', async ({ page }) => {
  await page.goto('/train?task=pima');
  const privacy = page.getByTestId('privacy-section');
  await expect(privacy.getByRole('table', { name: 'Simulated hospitals' }).getByRole('row')).toHaveCount(6);
  await expect(privacy.getByText('Watch federated rounds live')).toBeVisible();
  await expect(page.getByTestId('epsilon-chart-pima')).toBeVisible();
  await expect(page.getByTestId('privacy-table')).toBeVisible();
  await page.screenshot({ path: shot('tour-6-train-privacy'), fullPage: true });
});

test('data: the audit log lists the predictions just made, redacted', async ({ page }) => {
  await page.goto('/data?task=pima');
  await expect(page.getByRole('heading', { name: 'Bring your own data' })).toBeVisible();
  const audit = page.getByRole('table', { name: 'Prediction audit log' });
  await expect(audit.getByRole('row').nth(1)).toBeVisible();
  await expect(audit).toContainText('glucose 148');
  await page.screenshot({ path: shot('tour-7-data'), fullPage: true });
});

test('model card and compare', async ({ page }) => {
  await visitPage(page, 'med-diagnosis', {
    path: '/model-card?task=pima',
    heading: MODEL_CARD_HEADING,
    shot: 'tour-8-model-card',
    check: (p) => expect(p.getByText(/By simulated hospital/)).toBeVisible(),
  });
  await visitPage(page, 'med-diagnosis', { path: '/compare', heading: { level: 1 }, shot: 'tour-9-compare' });
});
