// Screenshots pages of a running site, to look at what we built:
//   node scripts/screenshot.mjs http://127.0.0.1:4321 /dilemmas/@390@dark /@1280
// Each page is PATH[@WIDTH[@light|dark[@top]]] (top: only the first screen); PNGs go to ./screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const [base, ...pages] = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const spec of pages) {
  const [path, width = '1280', scheme = 'light', part = 'full'] = spec.split('@');
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme,
  });
  await page.goto(base + path);
  const file = `screenshots/${path.replace(/\W+/g, '_')}_${width}_${scheme}.png`;
  await page.screenshot({ path: file, fullPage: part !== 'top' });
  console.log(file);
  await page.close();
}
await browser.close();
