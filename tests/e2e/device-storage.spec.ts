/**
 * Data kept on the device, as a user notices it: the header counter follows the
 * builder in the same tab, and every place that reads or writes saved data says
 * so when it cannot (issue #24), in the words of src/shared/client/storage-messages.ts.
 */
import { expect, test, type Page } from '@playwright/test';

const counter = (page: Page) => page.locator('.sessie-count');

async function add(page: Page, path: string) {
  await page.goto(path);
  await page.locator('main').getByRole('button', { name: 'Zet in sessie' }).first().click();
  // Saved once the button says so; only then leave the page.
  await expect(page.locator('main').getByRole('button', { name: 'In sessie ✓' }).first()).toBeVisible();
}

test.describe('the header counter', () => {
  // Proven on main before the fix: the builder sent no same-tab event, so the counter kept showing 2.
  test('shows one item after the builder removes one of two, without a reload', async ({ page }) => {
    await add(page, '/dilemmas/flexibel-versus-grenzen/');
    await add(page, '/werkkaarten/gewenste-houding/');
    await expect(counter(page)).toHaveText(/Mijn sessie\s*2/);

    await page.goto('/sessie/');
    await expect(page.locator('.plan-item')).toHaveCount(2);
    await expect(counter(page)).toHaveText(/Mijn sessie\s*2/);
    await page.locator('.plan-item').first().getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.locator('.plan-item')).toHaveCount(1);
    await expect(counter(page)).toHaveText(/Mijn sessie\s*1/);
  });
});
