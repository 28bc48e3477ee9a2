// The shell tour every app's e2e suite runs: overview, health, page navigation, theme, and the
// domain switcher to the next app. Screenshots land under dist/e2e/<app>/screenshots.
import { expect, test } from '@playwright/test';
import { DOMAINS, domainById, type DomainId } from './domains';
import { neighbourOf, screenshotPath } from './playwright-config';

export function shellSuite(id: DomainId, tagline: string) {
  const self = domainById(id);
  const next = domainById(neighbourOf(id));

  test('health reports the domain, a working registry and a real tfjs backend', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ domain: id, db: 'ok' });
    // npm test trains the default model of every domain that has a trainer before this runs.
    if (body.activeModel !== null) expect(body.activeModel).toMatchObject({ id: expect.any(String), modelKind: expect.any(String) });
    expect(typeof body.version).toBe('string');
    // cpu means the fast backend failed to load inside the server bundle: a silent 40x slowdown.
    expect(['wasm', 'tensorflow']).toContain(body.tfBackend);
  });

  test('overview shows the product inside the shell landmarks', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: tagline })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Data attribution');
    const domains = page.getByRole('navigation', { name: 'Domains' });
    await expect(domains.getByRole('link')).toHaveCount(DOMAINS.length);
    await expect(domains.locator('[aria-current="true"]')).toHaveText(self.name);
    await page.screenshot({ path: screenshotPath(id, 'overview'), fullPage: true });
  });

  test('page navigation reaches every page and marks the current one', async ({ page }) => {
    await page.goto('/');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    for (const label of ['Try', 'Evaluate', 'Train', 'Data', 'Compare', 'Overview']) {
      await pages.getByRole('link', { name: label, exact: true }).click();
      await expect(pages.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('skip link and dark mode work from the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
    const wasDark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
    await toggle.click();
    await expect(page.locator('html')).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(!wasDark);
    await page.screenshot({ path: screenshotPath(id, wasDark ? 'overview-light' : 'overview-dark'), fullPage: true });
  });

  test(`domain switcher leads to ${next.name}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Domains' }).getByRole('link', { name: next.name }).click();
    await expect(page).toHaveURL(new RegExp(`:${next.defaultPort}/?$`));
    await expect(page.getByRole('navigation', { name: 'Domains' }).locator('[aria-current="true"]')).toHaveText(next.name);
    await page.screenshot({ path: screenshotPath(id, `switched-to-${next.id}`), fullPage: true });
  });
}
