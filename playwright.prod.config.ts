import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The production check (npm run test:prod): the same browser, against nginx
// serving dist/ with deploy/nginx.conf (started by scripts/test-prod.mjs, so no webServer here).
const port = Number(process.env.WERKZAAM_PROD_PORT ?? 4480);
const { webServer: _served, ...rest } = base;
void _served;

export default defineConfig({
  ...rest,
  testMatch: ['prod.spec.ts', 'offline.spec.ts', 'site.spec.ts', 'search.spec.ts', 'compare.spec.ts'],
  testIgnore: [],
  retries: 0,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
});
