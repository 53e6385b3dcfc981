import { expect, test, type Page } from '@playwright/test';
import { axeViolations as axe } from './support/axe';

const IHUB = '/interventies/vergelijk/?i=familiekracht&i=gezintotaal&i=gezinsbehandeling';

/** Pages in a PDF: Chromium writes one "/Type /Page" object per page. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

const columnHeads = (page: Page) => page.locator('.comparison thead th');

test.describe('comparing interventions', () => {
  test('a team picks three ways of working in the catalogue and sees them side by side', async ({ page }) => {
    await page.goto('/interventies/');
    for (const name of ['FamilieKracht', 'GezinTotaal', 'Gezinsbehandeling']) {
      await page.getByRole('button', { name: `Vergelijk ${name}`, exact: true }).click();
    }
    const tray = page.getByRole('region', { name: 'Gekozen om te vergelijken' });
    await expect(tray).toContainText('(3 van 4)');
    expect(await axe(page)).toEqual([]);
    await tray.getByRole('link', { name: 'Vergelijk nu' }).click();
    await expect(page).toHaveURL(
      /\/interventies\/vergelijk\/\?i=familiekracht&i=gezintotaal&i=gezinsbehandeling$/,
    );
    await expect(columnHeads(page)).toHaveText(['FamilieKracht', 'GezinTotaal', 'Gezinsbehandeling']);
    await expect(
      page.getByRole('heading', { level: 2, name: 'FamilieKracht, GezinTotaal en Gezinsbehandeling' }),
    ).toBeVisible();
    // The five elements the article names as shared are marked as shared by all.
    await expect(page.locator('.comparison .sharing.alle')).toHaveCount(5 + 3);
    expect(await axe(page)).toEqual([]);
  });

  test('an intervention page puts itself in the comparison and shows the way there', async ({ page }) => {
    await page.goto('/interventies/wraparound-care/');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.getByRole('button', { name: '✓ Vergelijk' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/interventies/gezinscoaching/');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await page.getByRole('link', { name: 'Vergelijk nu' }).click();
    await expect(columnHeads(page)).toHaveText(['Wraparound care-model', 'Gezinscoaching']);
  });

  test('equal rows fold away with "Toon alleen verschillen"', async ({ page }) => {
    await page.goto(IHUB);
    const kind = page.getByRole('row', { name: /^Soort/ });
    await expect(kind).toBeVisible();
    await page.getByLabel('Toon alleen verschillen').check();
    await expect(kind).toBeHidden();
    await expect(page.getByRole('row', { name: /^Setting/ })).toBeVisible();
  });

  test('a shared link opens the same comparison in a fresh browser', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}${IHUB}`);
    await expect(columnHeads(page)).toHaveText(['FamilieKracht', 'GezinTotaal', 'Gezinsbehandeling']);
    await context.close();
  });

  test('an unknown id is named and the rest is still compared', async ({ page }) => {
    await page.goto('/interventies/vergelijk/?i=familiekracht&i=bestaat-niet&i=gezintotaal');
    await expect(page.getByRole('alert')).toContainText('Deze interventie kennen we niet: ‘bestaat-niet’');
    await expect(columnHeads(page)).toHaveText(['FamilieKracht', 'GezinTotaal']);
  });

  test('without a choice the page explains what to do and offers the ready-made comparisons', async ({
    page,
  }) => {
    await page.goto('/interventies/vergelijk/');
    await expect(page.getByRole('status')).toContainText('Kies twee tot 4');
    await expect(
      page.getByRole('link', { name: 'FamilieKracht, GezinTotaal en Gezinsbehandeling' }),
    ).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('a ready-made comparison is a static page that works without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/interventies/vergelijk/handboek-interventies/`);
    await expect(page.locator('.comparison thead th')).toHaveCount(3);
    await expect(page.locator('.comparison tbody td').first()).not.toBeEmpty();
    await page.getByLabel('Toon alleen verschillen').check();
    await expect(page.getByRole('row', { name: /^Soort/ })).toBeHidden();
    await context.close();
  });

  test('on a phone the comparison stacks and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of [IHUB, '/interventies/vergelijk/erkende-interventies/']) {
      await page.goto(path);
      await expect(columnHeads(page).first()).toBeAttached();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('printed, a comparison of three fits on two landscape A4 pages without navigation', async ({
    page,
  }) => {
    await page.goto('/interventies/vergelijk/werkwijzen-ihub/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.locator('.compare-actions')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThan(0);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  });
});
