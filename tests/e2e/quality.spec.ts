import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/werkkaarten/',
  '/werkkaarten/gewenste-houding/',
  '/elementen/',
  '/elementen/ruimte-voor-eigen-verhaal/',
  '/dilemmas/',
  '/dilemmas/flexibel-versus-grenzen/',
  '/interventies/',
  '/interventies/families-first/',
  '/citaten/',
  '/bronnen/',
  '/zoeken/',
  '/zoeken/?q=grenzen',
  '/start/',
  '/over/',
  '/iwf-model/',
  '/multistressgezinnen/',
  '/casussen/l-meisje-vastgelopen-thuissituatie/',
  '/begrippen/bemoeizorg/',
  '/gezinstypen/stut-en-steun/',
  '/levensgebieden/kind/',
  '/citaten/houding-grenzen-duidelijk-aangeven/',
  '/bronnen/verwey-jonker-mpg-rotterdam/',
  '/bestaat-niet/',
];

test.describe('accessibility (WCAG 2.2 AA, checked by axe)', () => {
  for (const path of PAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} in ${colorScheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        if (path.includes('?q=')) await page.getByRole('option').first().waitFor();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
});

test.describe('privacy', () => {
  test('no page asks anything of another host', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
    });
    for (const path of PAGES) await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });

  test('no page sets a cookie', async ({ page, context }) => {
    for (const path of PAGES.slice(0, 4)) await page.goto(path);
    expect(await context.cookies()).toEqual([]);
  });
});
