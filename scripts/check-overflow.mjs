/* global document */
// Lists every built page that scrolls sideways on a phone:
//   node scripts/check-overflow.mjs http://127.0.0.1:4458 [320,360,390]
// It walks dist/ for index.html files, opens each at every width and reports
// pages whose document is wider than the viewport, with the widest element.
// The test of record is tests/e2e/every-page.spec.ts; this is the quick look.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const [base = 'http://127.0.0.1:4329', widthList = '320,360,390'] = process.argv.slice(2);
const widths = widthList.split(',').map(Number);
const root = resolve(process.env.WERKZAAM_OUT_DIR ?? 'dist');

function pagesIn(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...pagesIn(path));
    } else if (name === 'index.html') {
      out.push(`/${relative(root, dir)}/`.replace(/\/+/g, '/'));
    }
  }
  return out;
}

const pages = pagesIn(root).sort();
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox'] });
let failures = 0;
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const offenders = [];
  // A few tabs at a time: 420 pages in well under a minute.
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path; path = queue.shift()) {
        await page.goto(base + path);
        const result = await page.evaluate(() => {
          const doc = document.documentElement;
          if (doc.scrollWidth <= doc.clientWidth) return null;
          let widest = '';
          let right = doc.clientWidth;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 0.5) {
              right = r.right;
              widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
            }
          }
          return `${doc.scrollWidth}px (widest: ${widest} to ${Math.round(right)}px)`;
        });
        if (result) offenders.push(`${path} ${result}`);
      }
      await page.close();
    }),
  );
  await context.close();
  failures += offenders.length;
  console.log(`${width}px: ${offenders.length} of ${pages.length} pages scroll sideways`);
  for (const line of offenders.sort()) console.log(`  ${line}`);
}
await browser.close();
process.exitCode = failures > 0 ? 1 : 0;
