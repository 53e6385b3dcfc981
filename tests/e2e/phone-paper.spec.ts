import { expect, test, type Page } from '@playwright/test';

/** Pages printed as A4 by the browser, counted. */
async function printedPages(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('on paper', () => {
  test('a dilemma prints on one A4, poles and questions included', async ({ page }) => {
    expect(await printedPages(page, '/dilemmas/serieus-nemen-versus-schuld-bij-anderen/')).toBe(1);
    await expect(page.locator('.tension')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vragen voor de groep' })).toBeVisible();
  });

  test('a werkkaart prints on at most three A4 pages', async ({ page }) => {
    expect(await printedPages(page, '/werkkaarten/vaste-hulpverlener/')).toBeLessThanOrEqual(3);
    expect(await printedPages(page, '/werkkaarten/gewenste-houding/')).toBeLessThanOrEqual(3);
  });

  test('a printed page has no site chrome, link lists or paths', async ({ page }) => {
    await page.goto('/elementen/stel-grenzen/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Genoemd in' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Printen' })).toBeHidden();
    const paths = await page
      .locator('main a')
      .evaluateAll((links) =>
        links.map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('/')),
      );
    expect(paths).toEqual([]);
  });

  test('entry pages have a Print button that opens the print dialog', async ({ page }) => {
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Printen' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no Print button that would do nothing', async ({ page }) => {
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await expect(page.getByRole('button', { name: 'Printen' })).toHaveCount(0);
  });

  test('the phone menu opens and shows every section', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/');
    await page.getByText('Menu', { exact: true }).click();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of ['Intervisie', 'Sessie', 'Citaten', 'Casussen', 'Werkkaarten'])
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  for (const width of [320, 360, 390]) {
    test(`the pages that used to scroll sideways fit ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [
        '/',
        '/dilemmas/',
        '/iwf-model/',
        '/multistressgezinnen/',
        '/werkkaarten/netwerk-activeren/',
        '/bronnen/van-der-steege-zoon-2014/',
        '/interventies/familiekracht/',
        '/citaten/',
      ]) {
        await page.goto(path);
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(client);
      }
    });
  }

  test('the interventions catalogue folds its filters behind one button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/interventies/');
    const toggle = page.getByRole('button', { name: /^Filters \(\d+\)$/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('form', { name: 'Filter de interventies' })).toBeHidden();
    // With the filters folded, the count of results is on the first screen.
    await expect(page.locator('.catalog-results .status')).toBeInViewport();
    await toggle.click();
    await expect(page.getByRole('form', { name: 'Filter de interventies' })).toBeVisible();
  });
});

test.describe('navigation', () => {
  test('Intervisie, Sessie, Citaten and Casussen are in the main menu', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of ['Intervisie', 'Sessie', 'Citaten', 'Casussen'])
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  });

  test('the home page map lists the werkkaarten 1 to 7 in order', async ({ page }) => {
    await page.goto('/');
    const numbers = await page.locator('.map .num').allInnerTexts();
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

test.describe('quotes', () => {
  test('filter by speaker and werkkaart without reload, with the choice in the URL', async ({ page }) => {
    await page.goto('/citaten/');
    await page.getByLabel('Wie zegt het').selectOption('ouder');
    await expect(page).toHaveURL(/\/citaten\/\?rol=ouder$/);
    const roles = await page
      .locator('li[data-rol]:visible')
      .evaluateAll((l) => l.map((li) => li.getAttribute('data-rol')));
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles)).toEqual(new Set(['ouder']));
    await page.getByLabel('Werkkaart', { exact: true }).selectOption('netwerk-activeren');
    await expect(page).toHaveURL(/rol=ouder&werkkaart=netwerk-activeren/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ (citaat|citaten)$|^Geen citaten/);
    await page.reload();
    await expect(page.getByLabel('Wie zegt het')).toHaveValue('ouder');
  });

  test('an unknown value from an old link is named and can be cleared', async ({ page }) => {
    await page.goto('/citaten/?rol=oma');
    await expect(page.getByText('De link vroeg om ‘oma’')).toBeVisible();
    await page.getByLabel('Werkkaart', { exact: true }).selectOption('netwerk-activeren');
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    await expect(page).toHaveURL(/\/citaten\/$/);
    await expect(page.getByRole('status')).toHaveText('109 citaten');
  });

  test('a quote is listed in search by its opening words', async ({ page }) => {
    await page.goto('/zoeken/?q=indicatiebesluit');
    await expect(page.getByRole('option').first()).toBeVisible();
    const titles = await page
      .getByRole('option')
      .filter({ has: page.locator('.result-badge', { hasText: /^Citaat$/ }) })
      .locator('.result-title')
      .allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^“/);
  });
});

test.describe('the header search box', () => {
  test('the list ends with all results; Escape closes it and keeps the query', async ({ page }) => {
    await page.goto('/werkkaarten/');
    const box = page.locator('#site-search-q');
    await expect(box).toHaveAttribute('maxlength', '200');
    await box.focus();
    await page.keyboard.type('netwerk');
    const options = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
    await expect(options.last()).toHaveText('Alle resultaten voor ‘netwerk’');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Zoekresultaten' })).toBeHidden();
    await expect(box).toHaveValue('netwerk');
  });

  test('Enter without a choice opens the search page with the cursor in its box', async ({ page }) => {
    await page.goto('/dilemmas/');
    await page.locator('#site-search-q').fill('schulden');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=schulden$/);
    await expect(page.getByRole('combobox', { name: 'Waar zoek je naar?' })).toBeFocused();
  });
});

test.describe('search results', () => {
  test('"schulden" finds money worries first, and a single word is not cut to three results', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=schulden');
    const first = page.getByRole('option').first();
    await expect(first).toHaveAttribute('data-href', '/elementen/sociaaleconomische-problemen/');
    expect(await page.getByRole('option').count()).toBeGreaterThan(3);
  });

  test('a filter that finds nothing, or no longer exists, can be cleared', async ({ page }) => {
    await page.goto('/zoeken/?q=netwerk&werkkaart=9.+Bestaat+niet');
    const chip = page.getByRole('button', { name: '9. Bestaat niet 0' });
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=netwerk$/);
    await expect(page.getByRole('option').first()).toBeVisible();
  });
});

test.describe('link previews', () => {
  test('stay open while the pointer is on them, and close with Escape', async ({ page }) => {
    await page.goto('/elementen/stel-grenzen/');
    const link = page.locator('main .entry-link').first();
    await link.locator('a').hover();
    const preview = link.locator('.preview');
    await expect(preview).toBeVisible();
    await preview.hover();
    await expect(preview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
  });
});
