import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

const executablePath: string | undefined = await findChromium();
// WERKZAAM_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.WERKZAAM_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // prod.spec.ts checks nginx's headers: it runs in npm run test:prod only.
  testIgnore: ['prod.spec.ts'],
  fullyParallel: true,
  workers: 2,
  // No retries, in CI or anywhere: a test waits on the page's state, never on time, so a slow
  // shared machine makes it slower, not red. A test that would need a retry is a bug to fix.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The service worker precaches the whole site (≈ 900 files) in every new browser context: only
    // the offline tests (tests/e2e/offline.spec.ts) allow it, so the other suites stay fast.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
          ],
        },
      },
    },
  ],
  webServer: {
    // Serves the already-built dist/ (npm test builds it first).
    command: `node scripts/serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
