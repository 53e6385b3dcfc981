import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

// every-page.spec.ts runs axe on every built page in light mode at phone width,
// and checks every page for foreign requests and cookies. This file adds what
// that sweep does not: one page of each template in dark mode at laptop width,
// and the states a plain visit does not reach (search results, the 404 answer).
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
    const schemes =
      path.includes('?') || path === '/bestaat-niet/' ? (['light', 'dark'] as const) : (['dark'] as const);
    for (const colorScheme of schemes) {
      test(`${path} in ${colorScheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        if (path.includes('?q=')) await page.getByRole('option').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
