// The PM tour: Overview -> Try (recommendations with reasons; the diversity dial changes the
// numbers) -> Evaluate -> Compare. Needs a trained recommender in the test ATLAS_HOME (the test
// command trains each app's default configuration before its e2e suite).
import path from 'node:path';
import { expect, test } from '@playwright/test';

const SHOTS = path.resolve(__dirname, '../../../dist/e2e/recommender/screenshots');

test('PM tour: overview, try with the diversity dial and a new viewer, evaluate, compare', async ({ page }) => {
  await page.goto('/');
  await page.screenshot({ path: path.join(SHOTS, '1-overview.png'), fullPage: true });

  await page.goto('/try');
  const recs = page.getByTestId('recommendation');
  await expect(recs).toHaveCount(10);
  await expect(page.getByTestId('reason').first()).toContainText(/because you rated|close to|popular/);
  const before = await page.getByTestId('list-diversity').textContent();
  await page.getByLabel('diversity', { exact: true }).fill('0.9');
  await expect(page.getByTestId('diversity-value')).toHaveText('0.90');
  await expect(page.getByTestId('list-diversity')).not.toHaveText(before ?? '');
  await page.screenshot({ path: path.join(SHOTS, '2-try.png'), fullPage: true });

  // cold start: a new viewer rates two movies; the list appears at once and the ratings are stored
  await page.getByRole('tab', { name: /New user/ }).click();
  const pickers = page.getByLabel(/^rating for /);
  await pickers.nth(0).selectOption('5');
  await pickers.nth(1).selectOption('4');
  await expect(recs).toHaveCount(10);
  await expect(page.getByTestId('ratings-saved')).toContainText('(2 saved)');
  await page.screenshot({ path: path.join(SHOTS, '2b-try-new-user.png'), fullPage: true });

  await page.goto('/evaluate');
  await expect(page.getByRole('heading', { name: /Top-10 ranking/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, '3-evaluate.png'), fullPage: true });

  await page.goto('/compare');
  await page.screenshot({ path: path.join(SHOTS, '4-compare.png'), fullPage: true });
});
