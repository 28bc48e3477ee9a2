// Playwright settings every app's e2e suite shares: Debian's Chromium (browser downloads are not
// possible everywhere), `next start` for the app under test and for the next app in the switcher.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { DOMAINS, domainById, type DomainId } from './domains';

const ROOT = path.resolve(__dirname, '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The app after `id` in switcher order: the e2e suite follows the switcher there. */
export function neighbourOf(id: DomainId): DomainId {
  const i = DOMAINS.findIndex((d) => d.id === id);
  return DOMAINS[(i + 1) % DOMAINS.length].id;
}

export function atlasPlaywrightConfig(id: DomainId) {
  const servers = [id, neighbourOf(id)].map(domainById);
  const out = path.join(ROOT, 'dist', 'e2e', id);
  return defineConfig({
    testDir: './e2e',
    outputDir: path.join(out, 'results'),
    timeout: 60_000,
    expect: { timeout: 15_000 },
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    reporter: [['list'], ['html', { outputFolder: path.join(out, 'report'), open: 'never' }]],
    use: {
      baseURL: `http://localhost:${servers[0].defaultPort}`,
      trace: 'retain-on-failure',
      screenshot: 'only-on-failure',
      launchOptions: { executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    },
    projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
    webServer: servers.map((d) => ({
      command: `npx next start -p ${d.defaultPort}`,
      cwd: path.join(ROOT, 'apps', d.id),
      url: `http://localhost:${d.defaultPort}/api/health`,
      reuseExistingServer: true,
      timeout: 120_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: { NEXT_TELEMETRY_DISABLED: '1', ...(process.env.ATLAS_HOME ? { ATLAS_HOME: process.env.ATLAS_HOME } : {}) },
    })),
  });
}

/** Where an app's e2e screenshots go (kept as artifacts of the run). */
export function screenshotPath(id: DomainId, name: string): string {
  return path.join(ROOT, 'dist', 'e2e', id, 'screenshots', `${name}.png`);
}
