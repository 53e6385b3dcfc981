import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

/** Pages printed as A4 by the browser, counted (as in phone-paper.spec.ts). */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.werkhulp[data-ready="ja"]')).toBeVisible();
}

/** Picks an answer in the fieldset whose legend is `legend`. */
async function answer(page: Page, legend: string | RegExp, option: string) {
  await page.getByRole('group', { name: legend }).getByLabel(option, { exact: true }).check();
}

test.describe('werkhulpen', () => {
  // axe and a PDF per aid take a while on a shared two-core machine.
  test.describe.configure({ timeout: 120_000 });
  test('the overview lists the three aids and every werkkaart they come from links to its aid', async ({
    page,
  }) => {
    await page.goto('/werkhulpen/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkhulpen');
    for (const [card, aid] of [
      ['/werkkaarten/kenmerken-multiprobleemgezin/', 'Gezinsverkenner'],
      ['/werkkaarten/magie-doelen-en-monitoren/', 'MAGIE-doelen check'],
      ['/werkkaarten/goed-genoeg-ouderschap/', 'Goed genoeg ouderschap'],
    ] as const) {
      await expect(page.getByRole('link', { name: aid, exact: true })).toBeVisible();
      await page.goto(card);
      await expect(page.locator('.werkhulp-link').getByRole('link', { name: aid })).toBeVisible();
      await page.goto('/werkhulpen/');
    }
  });

  test('Gezinsverkenner: six domains with concerns and a family without grip point to Basis op orde, and its links resolve', async ({
    page,
  }) => {
    await open(page, '/werkhulpen/gezinsverkenner/');
    await expect(page.locator('.wh-empty')).toBeVisible();
    for (const domain of [
      'Kind',
      'Ouders',
      'Opvoeding',
      'Gezinsfunctioneren',
      'Sociaal-economisch',
      'Omgevingsfactoren',
    ]) {
      await answer(page, domain, 'Zorgen');
    }
    await answer(page, 'Hulpverleningsfactoren', 'Weet ik nog niet');
    await answer(page, /Spelen de problemen al lang/, 'Ja');
    await answer(page, /Hangen de problemen samen/, 'Ja');
    await answer(page, /Zijn de basiszaken niet op orde/, 'Ja');
    await answer(page, /Is het gezin de grip kwijt/, 'Ja');
    const result = page.locator('.wh-result');
    await expect(result).toContainText('Zorgen op 6 van de 7 levensgebieden');
    await expect(result).toContainText('Het beeld past bij deze omschrijving');
    await expect(result).toContainText('Je herkent een deel van wat het rapport het kenmerkende noemt');
    await expect(result).toContainText('Dit is geen diagnose');
    await expect(result.locator('.wh-types li')).toHaveCount(1);
    await expect(result.locator('.wh-types')).toContainText('Basis op orde');

    const hrefs = await result
      .locator('.wh-links a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }

    expect(await axeViolations(page)).toEqual([]);
    expect(await printedPages(page)).toBe(1);

    // A reload asks first (answers would be lost), and afterwards nothing remains.
    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('beforeunload');
      void dialog.accept();
    });
    await page.reload();
    await expect(page.locator('.werkhulp[data-ready="ja"]')).toBeVisible();
    await expect(page.locator('.wh-empty')).toBeVisible();
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
    expect(page.url()).not.toContain('?');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('Gezinsverkenner: an unsafe child puts Opschaling first, and "Alles wissen" empties every answer', async ({
    page,
  }) => {
    await open(page, '/werkhulpen/gezinsverkenner/');
    await answer(page, /Zijn de basiszaken niet op orde/, 'Ja');
    await answer(page, /Is het kind lichamelijk/, 'Ja');
    await expect(page.locator('.wh-types li').first()).toContainText('Opschaling');
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
    await expect(page.locator('.wh-empty')).toBeVisible();
  });

  test('MAGIE: the goal as typed comes back with its check per letter; too long or markup says so and loses nothing', async ({
    page,
  }) => {
    await open(page, '/werkhulpen/magie-doelen/');
    const goal = page.getByLabel('Het doel, zoals het gezin het zei');
    await goal.fill('<b>De oudste</b> gaat elke ochtend op tijd naar school');
    await expect(page.getByRole('alert')).toContainText('opmaak of HTML');
    await expect(page.locator('.wh-goal')).toHaveText(
      '<b>De oudste</b> gaat elke ochtend op tijd naar school',
    );
    await expect(page.locator('.wh-goal b')).toHaveCount(0);

    const long = 'x'.repeat(320);
    await goal.fill(long);
    await expect(page.getByRole('alert')).toContainText('Dit is 320 tekens');
    await expect(goal).toHaveValue(long);
    await expect(goal).toHaveAttribute('aria-invalid', 'true');
    await goal.fill('Moeder en de oudste ontbijten drie ochtenden per week samen');

    await answer(page, 'Kunnen het gezin en jij allebei zien wanneer het doel gehaald is?', 'Ja');
    await answer(page, 'Is het een kleine, concrete stap, en niet een groot doel in één keer?', 'Ja');
    await answer(page, /Vindt het gezin zelf dat dit het goede doel is/, 'Nee');
    await page.getByLabel('Schaalvraag nu (1 tot 10)').selectOption('4');
    const check = page.locator('.wh-result');
    await expect(check.locator('.wh-goal')).toHaveText(
      'Moeder en de oudste ontbijten drie ochtenden per week samen',
    );
    await expect(check.locator('li[data-status="in-orde"]')).toContainText('Meetbaar');
    await expect(check.locator('li[data-status="aandacht"]')).toContainText(
      'Vraag wat het gezin zelf wil bereiken',
    );
    await expect(check).toContainText('Schaalvraag nu: 4 van 10');

    expect(await axeViolations(page)).toEqual([]);
    expect(await printedPages(page)).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(page.locator('.werkhulp[data-ready="ja"]')).toBeVisible();
    await expect(page.getByLabel('Het doel, zoals het gezin het zei')).toHaveValue('');
  });

  test('Goed genoeg ouderschap: a concern about safety leads the result, with the dilemmas and elements that bear on it', async ({
    page,
  }) => {
    await open(page, '/werkhulpen/goed-genoeg-ouderschap/');
    await answer(page, /Is het kind veilig/, 'Zorg');
    await answer(page, /Mag het kind kind zijn/, 'Weet ik nog niet');
    const result = page.locator('.wh-result');
    await expect(result).toContainText('Je hebt een zorg bij de basis');
    await expect(result.locator('.wh-discuss li')).toHaveCount(2);
    await expect(page.getByRole('link', { name: /Eigen normen en waarden versus/ })).toBeVisible();
    await expect(result.getByRole('link', { name: /ruimte om kind te zijn/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await printedPages(page)).toBe(1);
  });

  test('without answers a page can be left without a question, and at 320 px nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of [
      '/werkhulpen/gezinsverkenner/',
      '/werkhulpen/magie-doelen/',
      '/werkhulpen/goed-genoeg-ouderschap/',
    ]) {
      await open(page, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    let asked = false;
    page.on('dialog', (d) => {
      asked = true;
      void d.accept();
    });
    await page.goto('/werkhulpen/');
    expect(asked).toBe(false);
  });
});
