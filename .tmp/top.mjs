import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const base of process.argv.slice(3)) {
  await page.goto(`${base}/zoeken/?q=${encodeURIComponent(process.argv[2])}`);
  await page.locator('[role=option]').first().waitFor();
  console.log(base, (await page.locator('[role=option]').evaluateAll((o) => o.map((x) => x.getAttribute('data-href')))).slice(0, 10).join('\n  '));
}
await browser.close();
