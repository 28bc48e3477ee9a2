import { expect, test } from '@playwright/test';
import { TOUR_STEPS } from '../../../libs/ui/src/tour/tour-steps';
import { shot, url } from './urls';

test('the guided tour crosses all five apps, and can be left and resumed', async ({ page }) => {
  await page.goto(url('credit-risk'));
  await page.getByRole('link', { name: 'Take the tour' }).click();
  const panel = page.getByRole('region', { name: 'Guided tour' });
  const seen = new Set<string>();
  for (let i = 0; i < TOUR_STEPS.length; i++) {
    const step = TOUR_STEPS[i];
    await expect(panel).toContainText(`Tour step ${i + 1} of ${TOUR_STEPS.length}`);
    await expect(page.getByTestId('tour-question')).toHaveText(step.question);
    // The step's own page, in the step's own app (the state travelled in the link).
    expect(new URL(page.url()).port).toBe(new URL(url(step.domain)).port);
    expect(new URL(page.url()).pathname).toBe(step.path);
    await expect(page.locator('#main')).toBeVisible();
    await page.screenshot({ path: shot(`tour-${i + 1}`) });
    seen.add(step.domain);

    if (i === 3) {
      // Leave, wander to another app through the switcher, come back, resume where we were.
      await panel.getByRole('button', { name: 'Leave the tour' }).click();
      await expect(panel).toHaveCount(0);
      await page.getByRole('navigation', { name: 'Domains' }).getByRole('link', { name: 'Movie Recommender' }).click();
      await expect(page.getByRole('button', { name: `Resume the tour (step ${i + 1} of ${TOUR_STEPS.length})` })).toBeVisible();
      await page.getByRole('button', { name: /Resume the tour/ }).click();
      await expect(panel).toContainText(`Tour step ${i + 1} of`);
      expect(new URL(page.url()).port).toBe(new URL(url(step.domain)).port);
    }
    if (i < TOUR_STEPS.length - 1) await panel.getByRole('link', { name: 'Next question' }).click();
  }
  expect(seen.size).toBe(5);
  await panel.getByRole('button', { name: 'Finish the tour' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Take the tour' })).toBeVisible();
});
