import { expect, test } from '@playwright/test';

test.describe('the intervention catalogue', () => {
  test('filters by NJi recognition without reloading the page', async ({ page }) => {
    await page.goto('/interventies/');
    const status = page.locator('.catalog .status');
    await expect(status).toContainText('Alle');
    const total = await page.locator('.catalog-item').count();
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByLabel(/^In NJi-databank/).check();
    await expect(status).toContainText(`van de ${total}`);
    const shown = page.locator('.catalog-item');
    expect(await shown.count()).toBeLessThan(total);
    for (const text of await shown.locator('.nji').allInnerTexts()) expect(text).toBe('In NJi-databank');
    await expect(page.getByRole('link', { name: 'Families First' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await expect(page).toHaveURL(/nji=In\+NJi-databank/);
  });

  test('combines facets and can clear them', async ({ page }) => {
    await page.goto('/interventies/');
    const total = await page.locator('.catalog-item').count();
    await page.getByLabel(/^eigen methodiek/).check();
    await page.getByLabel(/^In NJi-databank/).check();
    await expect(page.getByText('Geen interventie past bij al deze filters')).toBeVisible();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.locator('.catalog-item')).toHaveCount(total);
  });

  test('a filter ticked before the catalogue has started still filters', async ({ page }) => {
    // The island starts when the browser is idle; on a slow phone a reader can tick a box before
    // that. Hold the island's code back until two boxes are ticked, as such a phone would.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/_astro/InterventieCatalog*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/interventies/');
    await page.getByLabel(/^eigen methodiek/).check();
    await page.getByLabel(/^In NJi-databank/).check();
    await expect(page.locator('button.pick')).toHaveCount(0);
    release();
    await expect(page.getByText('Geen interventie past bij al deze filters')).toBeVisible();
    await expect(page.locator('.filters-toggle')).toHaveText('Filters (2)');
    await expect(page).toHaveURL(/kind=eigen\+methodiek&nji=In\+NJi-databank/);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.getByLabel(/^eigen methodiek/)).not.toBeChecked();
    await expect(page.getByLabel(/^In NJi-databank/)).not.toBeChecked();
  });

  test('shows the whole catalogue without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/interventies/');
    expect(await page.locator('.catalog-item').count()).toBeGreaterThan(10);
    await context.close();
  });
});
