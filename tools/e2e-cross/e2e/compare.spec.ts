import { expect, test } from '@playwright/test';
import { DOMAINS, shot, url } from './urls';

test('Compare shows the trained tradeoff card of all five domains, the charts, and exports CSV', async ({ page }) => {
  await page.goto(url('credit-risk', '/compare'));
  await expect(page.getByRole('heading', { level: 1, name: 'Compare the five products' })).toBeVisible();
  // After training no domain is missing: no "no model" card and no status line about missing ones.
  await expect(page.getByRole('article', { name: /no model to compare/ })).toHaveCount(0);
  const cards = page.locator('section[aria-labelledby="compare-cards"] > div > *');
  await expect(cards).toHaveCount(DOMAINS.length);
  for (const d of DOMAINS) await expect(page.locator('section[aria-labelledby="compare-cards"]')).toContainText(d.name);
  for (const title of ['Quality against server latency', 'Model size against training time', 'Where each product is strongest']) {
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: shot('compare'), fullPage: true });

  // Filter and sort act on the table; the CSV has a row per shown domain.
  await page.getByRole('checkbox', { name: DOMAINS[0].name }).uncheck();
  await expect(page.locator('section[aria-labelledby="compare-cards"] > div > *')).toHaveCount(DOMAINS.length - 1);
  await page.getByLabel('Sort by').selectOption('size');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n');
  expect(lines[0].startsWith('id,name,hasModel')).toBe(true);
  expect(lines).toHaveLength(DOMAINS.length);
  expect(lines.slice(1).every((l) => l.split(',')[2] === 'true')).toBe(true);
});
