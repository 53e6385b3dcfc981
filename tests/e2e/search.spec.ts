import { expect, test, type Page } from '@playwright/test';
import { MORE_QUESTIONS, QUESTIONS } from './search-questions';

async function searchFor(page: Page, query: string) {
  await page.goto('/zoeken/');
  const box = page.getByRole('combobox', { name: 'Waar zoek je naar?' });
  await box.fill(query);
  await expect(page.getByRole('listbox', { name: 'Zoekresultaten' })).toBeVisible();
  return box;
}

test.describe('search', () => {
  test('results appear as you type, badged by type, with the hit highlighted', async ({ page }) => {
    await searchFor(page, 'grenzen stellen');
    const first = page.getByRole('option').first();
    await expect(first.locator('.result-badge')).not.toBeEmpty();
    await expect(page.locator('.excerpt mark').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText('resultaten');
  });

  test('the query is in the URL, so a search can be shared', async ({ page }) => {
    await searchFor(page, 'grenzen');
    await expect(page).toHaveURL(/\/zoeken\/\?q=grenzen$/);
    await page.goto('/zoeken/?q=grenzen');
    await expect(page.getByRole('combobox', { name: 'Waar zoek je naar?' })).toHaveValue('grenzen');
    await expect(page.getByRole('option').first()).toBeVisible();
  });

  test('filter chips with counts narrow the results, and the back button undoes them', async ({ page }) => {
    await searchFor(page, 'grenzen');
    const chip = page.getByRole('button', { name: /^Dilemma \d+$/ });
    await expect(chip).toBeVisible();
    const count = Number((await chip.innerText()).replace(/\D/g, ''));
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/type=Dilemma/);
    // The chip counts the dilemmas among the results shown (the best 30); the filtered
    // search can find more beyond those, never fewer.
    await expect(page.locator('[role=option] .result-badge').filter({ hasNotText: /^Dilemma$/ })).toHaveCount(
      0,
    );
    expect(await page.getByRole('option').count()).toBeGreaterThanOrEqual(Math.min(count, 30));
    for (const badge of await page.locator('[role=option] .result-badge').allInnerTexts())
      expect(badge).toBe('Dilemma');
    await page.goBack();
    await expect(page).not.toHaveURL(/type=Dilemma/);
    await expect(page.getByRole('button', { name: /^Dilemma \d+$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('works with the keyboard only: "/" focuses, arrows choose, Enter opens', async ({ page }) => {
    await page.goto('/zoeken/');
    await page.locator('body').press('/');
    const box = page.getByRole('combobox', { name: 'Waar zoek je naar?' });
    await expect(box).toBeFocused();
    await page.keyboard.type('flexibel grenzen');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    const href = await first.getAttribute('data-href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('Ctrl+K focuses the header search on a content page, which shows live results', async ({ page }) => {
    await page.goto('/werkkaarten/gewenste-houding/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('searchbox', { name: 'Zoek in Werkzaam' }).or(page.locator('#site-search-q'));
    await expect(box).toBeFocused();
    await page.keyboard.type('grenzen');
    const results = page.getByRole('listbox', { name: 'Zoekresultaten' });
    await expect(results.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/gewenste-houding\/$/);
  });

  test('the header search without a chosen result opens the full search page', async ({ page }) => {
    await page.goto('/');
    await page.locator('#site-search-q').fill('netwerk');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=netwerk$/);
    await expect(page.getByRole('option').first()).toBeVisible();
  });

  test('says clearly when nothing is found, with tips', async ({ page }) => {
    await page.goto('/zoeken/?q=xylofoonkwartet');
    await expect(page.getByRole('heading', { name: /Niets gevonden voor ‘xylofoonkwartet’/ })).toBeVisible();
    await expect(page.getByText('Probeer minder of andere woorden')).toBeVisible();
  });

  test('the empty search page suggests dilemmas and the work cards', async ({ page }) => {
    await page.goto('/zoeken/');
    await expect(page.getByRole('heading', { name: "Veelgezochte dilemma's" })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De zeven werkkaarten' })).toBeVisible();
  });

  test('a content page loads no search code until someone searches', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'fetch', 'xhr'].includes(r.resourceType())) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/dilemmas/flexibel-versus-grenzen/', { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => s.includes('pagefind') || s.includes('header-search'))).toEqual([]);
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('gezin');
    await expect(page.getByRole('listbox', { name: 'Zoekresultaten' })).toBeVisible();
    expect(scripts.some((s) => s.includes('/pagefind/'))).toBe(true);
  });
});

test.describe("questions in professionals' own words find the right entry in the top five", () => {
  for (const [question, expected] of [...QUESTIONS, ...MORE_QUESTIONS]) {
    test(`“${question}”`, async ({ page }) => {
      await page.goto(`/zoeken/?q=${encodeURIComponent(question)}`);
      // A long question runs a dozen word searches; on a busy machine that takes a while.
      await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
      const top = (
        await page
          .getByRole('option')
          .evaluateAll((options) => options.map((o) => o.getAttribute('data-href')))
      ).slice(0, 5);
      expect(
        top.some((href) => [expected].flat().includes(href!)),
        `top 5: ${top.join(', ')}`,
      ).toBe(true);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains how to browse the collections', async ({ page }) => {
    await page.goto('/zoeken/');
    await expect(page.getByRole('heading', { name: 'Zoeken werkt niet?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Werkkaarten' }).last()).toBeVisible();
  });
});
