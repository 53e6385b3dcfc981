// Lighthouse (mobile preset) on five pages of the built site, with the system
// Chromium; writes the scores to docs/benchmarks.md between the LIGHTHOUSE
// markers. Not part of npm test: scores move with the machine's load.
//
//   npm run build && npm run lighthouse [-- <port>]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.WERKZAAM_OUT_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.WERKZAAM_PORT ?? 4457);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run npm run build first.`);
  process.exit(1);
}
const first = (collection) => {
  const ids = readdirSync(join(dist, collection), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, collection, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
  return `/${collection}/${ids[0]}/`;
};
const pages = ['/', first('elementen'), first('dilemmas'), '/zoeken/', '/interventies/'];

const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], {
  env: { ...process.env, WERKZAAM_OUT_DIR: dist },
  stdio: 'ignore',
});
const chromePath = await findChromium();
if (!chromePath) throw new Error('No Chromium found: set WERKZAAM_CHROMIUM.');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
const rows = [];
const problems = [];
try {
  await sleep(500);
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    rows.push({ page, scores });
    console.log(page, scores.join(' / '));
    for (const c of CATEGORIES) {
      for (const ref of categories[c]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          problems.push(`${page} ${c}: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
if (problems.length > 0) console.log(`\nAudits below full marks:\n${problems.join('\n')}`);

const table = [
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, served by scripts/serve.mjs (no compression), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  '| page | performance | accessibility | best practices | SEO |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| \`${r.page}\` | ${r.scores.join(' | ')} |`),
].join('\n');
const file = join(root, 'docs/benchmarks.md');
const text = readFileSync(file, 'utf8');
writeFileSync(
  file,
  text.replace(
    /<!-- LIGHTHOUSE:START -->[\s\S]*<!-- LIGHTHOUSE:END -->/,
    `<!-- LIGHTHOUSE:START -->\n${table}\n<!-- LIGHTHOUSE:END -->`,
  ),
);
spawnSync(join(root, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });
console.log(`\n${table}`);
