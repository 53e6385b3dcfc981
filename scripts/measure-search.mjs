// Measures what a first search costs on a content page: bytes fetched from the
// moment someone focuses the header's search box until the first results show,
// and how long that takes. Run against a served build:
//   node scripts/serve.mjs 4329 &   node scripts/measure-search.mjs http://127.0.0.1:4329
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4329';
const query = process.argv[3] ?? 'ouders spelen me tegen elkaar uit';
const runs = Number(process.argv[4] ?? 5);
// A quick typist: about eight characters a second.
const delay = Number(process.argv[5] ?? 120);

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/dilemmas/flexibel-versus-grenzen/`, { waitUntil: 'networkidle' });
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(request));
  const start = Date.now();
  await page.locator('#site-search-q').focus();
  await page.keyboard.type(query, { delay });
  const typed = Date.now();
  await page.locator('#site-search-results li').first().waitFor();
  const ms = Date.now() - start;
  const afterTyping = Date.now() - typed;
  let raw = 0;
  let served = 0;
  for (const request of fetched) {
    const body = await (await request.response())?.body();
    if (!body) continue;
    raw += body.length;
    // Our test server does not compress; a real host gzips text (Pagefind's index and wasm are compressed already).
    served += /\.(js|json|css|html)(\?|$)/.test(request.url()) ? gzipSync(body).length : body.length;
  }
  rows.push({ ms, afterTyping, raw, served, requests: fetched.length });
  await context.close();
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`query "${query}" typed on a content page (${delay} ms per key), ${runs} cold runs`);
console.log(
  `first results: median ${median(rows.map((r) => r.afterTyping))} ms after the last keystroke, ` +
    `${median(rows.map((r) => r.ms))} ms after focus (typing included)`,
);
console.log(
  `fetched for the first search: ${median(rows.map((r) => r.requests))} requests, ${kb(median(rows.map((r) => r.raw)))} as stored, ${kb(median(rows.map((r) => r.served)))} with gzip for text`,
);
