import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(process.argv[2] + '/zoeken/');
for (const q of process.argv.slice(3)) {
  const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, 8).map(async (x) => `${x.score.toFixed(2)} ${(await x.data()).url}`));
    return `${q}: ${r.results.length}\n  ` + top.join('\n  ');
  }, q);
  console.log(out);
}
await browser.close();
