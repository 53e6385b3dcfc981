import { expect, test } from '@playwright/test';

test.describe('the site', () => {
  test('home page says what Werkzaam is and offers the three starting points', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Werkzaam');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat werkt bij multistressgezinnen');
    await expect(page.getByRole('link', { name: 'Ik ben nieuw in dit werk' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'We bespreken een dilemma in intervisie' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ik bereid een training voor' })).toBeVisible();
  });

  test('the skip link jumps to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhoud$/);
  });

  for (const [label, heading] of [
    ['Werkkaarten', 'Werkkaarten'],
    ['Elementen', 'Werkzame elementen'],
    ["Dilemma's", "Dilemma's"],
    ['Interventies', 'Interventies en werkwijzen'],
    ['Begrippen', 'Begrippen'],
    ['Start', 'Nieuw in dit werk? Start hier'],
  ] as const) {
    test(`the main menu reaches ${label}`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  for (const [path, heading] of [
    ['/bronnen/', 'Bronnen'],
    ['/casussen/', 'Casussen'],
    ['/citaten/', 'Citaten'],
    ['/levensgebieden/', 'Levensgebieden'],
    ['/gezinstypen/', 'Gezinstypen'],
    ['/zoeken/', 'Zoeken'],
    ['/intervisie/', 'Intervisie'],
    ['/sessie/', 'Een sessie voorbereiden'],
    ['/over/', 'Over Werkzaam'],
  ] as const) {
    test(`${path} has its page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('every index lists real entries that open', async ({ page }) => {
    for (const path of ['/werkkaarten/', '/elementen/', '/dilemmas/', '/interventies/', '/bronnen/']) {
      await page.goto(path);
      const first = page.locator(`main a[href^="${path}"][href$="/"]:not([href="${path}"])`).first();
      await expect(first, `${path} links to at least one entry`).toBeVisible();
      const title = (await first.innerText()).trim();
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        title.replace(/^\d+\s*/, '').slice(0, 20),
      );
    }
  });

  test('a dilemma page shows both poles, the questions, its theme and its source', async ({ page }) => {
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flexibel zijn versus grenzen stellen');
    await expect(page.getByRole('region', { name: /^Pool A:/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Pool B: Grenzen stellen/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vragen voor de groep' })).toBeVisible();
    expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(3);
    await page
      .getByRole('link', { name: /Gewenste houding/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Gewenste houding');
  });

  test('an entry page shows what points back to it', async ({ page }) => {
    await page.goto('/elementen/stel-grenzen/');
    const backlinks = page.getByRole('region', { name: 'Genoemd in' });
    await expect(backlinks).toBeVisible();
    await expect(backlinks.getByRole('link', { name: 'Flexibel zijn versus grenzen stellen' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Bron' })).toContainText(
      'multiprobleemgezinnen in Rotterdam',
    );
  });

  test('a link to another entry previews its summary on keyboard focus', async ({ page }) => {
    await page.goto('/elementen/stel-grenzen/');
    const link = page.getByRole('region', { name: 'Genoemd in' }).getByRole('link').first();
    const previewId = await link.getAttribute('aria-describedby');
    expect(previewId).toBeTruthy();
    const preview = page.locator(`[id="${previewId}"]`);
    await expect(preview).toBeHidden();
    await link.focus();
    await expect(preview).toBeVisible();
    await expect(preview).not.toBeEmpty();
  });

  test('a link written in the text of an entry previews the entry it points to', async ({ page }) => {
    await page.goto('/elementen/problemen-komen-in-golven/');
    const link = page.locator('.body a[href="/werkkaarten/vaste-hulpverlener/"]');
    const preview = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await expect(preview).toBeHidden();
    await link.focus();
    await expect(preview).toContainText('hulpverlener houdt de regie');
  });
});
