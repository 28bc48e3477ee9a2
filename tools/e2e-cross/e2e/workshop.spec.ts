import { expect, test, type Page } from '@playwright/test';
import { shot, url } from './urls';

async function join(page: Page, app: Parameters<typeof url>[0], code: string, team: string) {
  await page.goto(url(app, '/workshop'));
  await page.getByLabel('Join code').fill(code);
  await page.getByLabel('Your team').fill(team);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`team ${team}`)).toBeVisible();
}

test('a two-team workshop: create, join from two apps, answer, rotate, export', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  await facilitator.goto(url('med-diagnosis', '/workshop'));
  await facilitator.getByLabel('Workshop name').fill('PM onboarding');
  await facilitator.getByLabel('Teams (one per line)').fill('Red\nBlue');
  await facilitator.getByLabel('Minutes per rotation').fill('5');
  await facilitator.getByRole('button', { name: 'Create workshop' }).click();
  const code = ((await facilitator.getByTestId('workshop-join-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

  // Teams join from different apps: they share the registry.
  const red = await (await browser.newContext()).newPage();
  const blue = await (await browser.newContext()).newPage();
  await join(red, 'credit-risk', code, 'Red');
  await join(blue, 'recommender', code, 'Blue');
  await expect(red.getByText('Waiting for the facilitator')).toBeVisible();

  await facilitator.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(facilitator.getByTestId('workshop-status')).toHaveText('running');
  const progress = facilitator.getByRole('table', { name: 'Team progress' });
  await expect(progress.locator('tr[data-team="Red"]')).toContainText('yes');

  // Each team sees its own station (stations in switcher order), the countdown and the challenge.
  await expect(red.getByTestId('workshop-station')).toHaveText('Support Assistant');
  await expect(red.getByTestId('workshop-challenge')).toContainText('keeps wrong answers under 2%');
  await expect(red.getByTestId('workshop-countdown')).toHaveText(/^[45]:\d\d$/);
  await expect(blue.getByTestId('workshop-station')).toHaveText('Road-Sign Detector');

  await red.getByLabel('Your answer').fill('OOS threshold 0.62: 1.7% wrong, 9% handed off');
  await red.getByLabel('Notes (optional)').fill('hand-offs rise fast above 0.7');
  await red.getByRole('button', { name: 'Save answer' }).click();
  await expect(red.getByText(/Saved at/)).toBeVisible();
  await blue.getByLabel('Your answer').fill('fails on a sign at night; server only');
  await blue.getByRole('button', { name: 'Save answer' }).click();
  await expect(blue.getByText(/Saved at/)).toBeVisible();

  await expect(progress.locator('tr[data-team="Red"]')).toContainText('1 of 5');
  await expect(progress.locator('tr[data-team="Blue"]')).toContainText('1 of 5');
  await facilitator.screenshot({ path: shot('workshop-dashboard'), fullPage: true });

  // One rotation: both teams move to the next station.
  await facilitator.getByRole('button', { name: 'Next rotation' }).click();
  await expect(facilitator.getByText(/Rotation 2 of 5/)).toBeVisible();
  await expect(red.getByTestId('workshop-station')).toHaveText('Road-Sign Detector');
  await expect(blue.getByTestId('workshop-station')).toHaveText('Movie Recommender');
  await expect(red.getByLabel('Your answer')).toHaveValue('');
  await red.screenshot({ path: shot('workshop-team-rotation-2'), fullPage: true });

  // The export has both answers, and survives: it is read back from the registry.
  const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('link', { name: 'Export as Markdown' }).click()]);
  const md = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(md).toContain('# Workshop: PM onboarding');
  expect(md).toContain('| 1 | Support Assistant | OOS threshold 0.62: 1.7% wrong, 9% handed off | hand-offs rise fast above 0.7 |');
  expect(md).toContain('| 1 | Road-Sign Detector | fails on a sign at night; server only | — |');
});
