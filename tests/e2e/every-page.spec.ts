import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { watchPage, type PageWatch } from './support/watch-page';

/**
 * Visits every built page at a phone's width and holds each to the same rules.
 * A check is one small function returning what is wrong (nothing when the page
 * passes); add one to CHECKS to hold every page to it.
 */

const dist = resolve(process.env.WERKZAAM_OUT_DIR ?? 'dist');
const BATCH = 20;

function builtPages(dir = dist, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (prefix === '/' && ['_astro', 'pagefind'].includes(entry.name)) return [];
      return builtPages(join(dir, entry.name), `${prefix}${entry.name}/`);
    }
    if (!entry.name.endsWith('.html')) return [];
    return [entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`];
  });
}

interface Visit {
  path: string;
  page: Page;
  context: BrowserContext;
  watched: Awaited<ReturnType<PageWatch['take']>>;
}
type Check = (visit: Visit) => Promise<string[]> | string[];

const CHECKS: Record<string, Check> = {
  'CSP violation': ({ watched }) => watched.cspViolations,
  'console error': ({ watched }) => watched.consoleErrors,
  'request to another host': ({ watched }) => watched.foreignRequests,
  cookie: async ({ context }) => (await context.cookies()).map((c) => `${c.name} on ${c.domain}`),
  'axe (WCAG 2.2 AA)': ({ page }) => axeViolations(page),
  'sideways scrolling': async ({ page }) => {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    return scrollWidth > clientWidth ? [`${scrollWidth}px wide in a ${clientWidth}px window`] : [];
  },
};

const pages = builtPages().sort();

test.describe('every page', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  // A batch of 20 costs about 7 s of CPU (measured); on a shared, busy machine it can take minutes.
  test.setTimeout(180_000);

  test('the sweep finds the whole built site', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  for (let start = 0; start < pages.length; start += BATCH) {
    const batch = pages.slice(start, start + BATCH);
    test(`${batch[0]} … ${batch.at(-1)} load cleanly, pass axe and fit a 360 px phone`, async ({
      page,
      context,
      baseURL,
    }) => {
      const watch = await watchPage(page, baseURL!);
      const problems: string[] = [];
      for (const path of batch) {
        await page.goto(path);
        const visit: Visit = { path, page, context, watched: await watch.take() };
        for (const [name, check] of Object.entries(CHECKS)) {
          for (const problem of await check(visit)) problems.push(`${path} — ${name}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
