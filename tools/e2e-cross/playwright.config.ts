// The journeys that cross the apps: Compare with every domain trained, the guided tour through all
// five apps, and a workshop whose teams rotate between them. Every app runs (`next start`, or the
// servers `npm start` left running); ATLAS_HOME must hold a trained model of each domain.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright-config';
import { DOMAINS } from '../domains';

const ROOT = path.resolve(__dirname, '../..');
const out = path.join(ROOT, 'dist', 'e2e', 'cross');

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(out, 'results'),
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: path.join(out, 'report'), open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } }],
  webServer: DOMAINS.map((d) => ({
    command: `npx next start -p ${d.defaultPort}`,
    cwd: path.join(ROOT, 'apps', d.id),
    url: `http://localhost:${d.defaultPort}/api/health`,
    reuseExistingServer: true,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...(process.env.ATLAS_HOME ? { ATLAS_HOME: process.env.ATLAS_HOME } : {}) },
  })),
});
