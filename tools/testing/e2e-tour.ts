// What every app's tour suite does the same way: run serially on a trained model (training one when
// the app under test has none) and visit pages that are checked by a heading, then photographed.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { DomainId } from '../domains';
import { screenshotPath } from '../playwright-config';

const ROOT = path.resolve(__dirname, '../..');

/** The active model /api/health reports (null when there is none). */
export async function activeModel(request: APIRequestContext): Promise<unknown> {
  const res = await request.get('/api/health');
  return (await res.json()).activeModel;
}

/** `npx nx run <app>:train <args>` from the repository root, its output streamed into the test log. */
export function trainApp(app: DomainId, ...args: string[]): void {
  execFileSync('npx', ['nx', 'run', `${app}:train`, ...args, '--outputStyle=stream'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

export interface TourModelOptions {
  /** The arguments of the run trained when the app has no active model. */
  trainArgs: string[];
  /** How long the training may take. Default five minutes. */
  timeoutMs?: number;
  /** Further set-up once a model is active (for example a second task's model). */
  then?: (request: APIRequestContext) => Promise<void>;
}

/** Makes the suite serial and sure of an active model before its first test. */
export function tourOnTrainedModel(app: DomainId, options: TourModelOptions): void {
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ request }) => {
    test.setTimeout(options.timeoutMs ?? 300_000);
    if (!(await activeModel(request))) {
      trainApp(app, ...options.trainArgs);
      await expect.poll(() => activeModel(request), { timeout: 30_000 }).not.toBeNull();
    }
    await options.then?.(request);
  });
}

export interface PageVisit {
  path: string;
  /** The heading that shows the page rendered. */
  heading: { level?: number; name?: string | RegExp };
  /** The screenshot's name, under dist/e2e/<app>/screenshots. */
  shot: string;
  /** The app's own checks, before the screenshot. */
  check?: (page: Page) => Promise<void>;
}

export async function visitPage(page: Page, app: DomainId, visit: PageVisit): Promise<void> {
  await page.goto(visit.path);
  await expect(page.getByRole('heading', visit.heading)).toBeVisible();
  await visit.check?.(page);
  await page.screenshot({ path: screenshotPath(app, visit.shot), fullPage: true });
}

/** The overview's tradeoff card of the active model, showing its headline metric. */
export function overviewTradeoffVisit(metric: string): PageVisit {
  return {
    path: '/',
    heading: { name: 'Tradeoff card of the active model' },
    shot: 'tour-1-overview',
    check: async (page) => {
      await expect(page.getByText(metric).first()).toBeVisible();
    },
  };
}

export const MODEL_CARD_HEADING = { level: 1, name: 'Model card' } as const;
