import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const KEY = 'werkzaam.sessies';

/** Every block shows its entry's title, not the raw "collection/id" it has until the entry's file arrived. */
const titlesLoaded = (page: Page) => expect(page.locator('.builder')).toHaveAttribute('data-titles', 'ready');

async function expectAccessible(page: Page, state: string) {
  // On /sessie/: scan the builder once its blocks have their titles, not while they still change.
  if ((await page.locator('.builder').count()) > 0) await titlesLoaded(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, state).toEqual([]);
}

/** The number of pages in a PDF that Chromium wrote. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Block titles in order, without the position number read out to screen readers. */
async function titles(page: Page) {
  await titlesLoaded(page);
  return (await page.locator('.plan-item .item-title').allInnerTexts()).map((t) =>
    t.replace(/^\d+\.\s*/, ''),
  );
}
const counter = (page: Page) => page.locator('.sessie-count');

async function add(page: Page, path: string) {
  await page.goto(path);
  const button = page.locator('main').getByRole('button', { name: 'Zet in sessie' }).first();
  await button.click();
  // Saved once the button says so; only then leave the page.
  await expect(page.locator('main').getByRole('button', { name: 'In sessie ✓' }).first()).toBeVisible();
}

test.describe('the session builder', () => {
  test.beforeEach(async ({ page }) => {
    // Printing opens no dialog in a test: count the calls instead.
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed =
          ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
  });

  test('a trainer collects five items, orders them by keyboard, times, shares, exports and prints them', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await expect(counter(page)).toBeHidden();
    const toggle = page.locator('main').getByRole('button', { name: 'Zet in sessie' });
    await toggle.click();
    await expect(page.locator('main').getByRole('button', { name: 'In sessie ✓' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(counter(page)).toHaveText(/Mijn sessie\s*1/);
    await expectAccessible(page, 'entry page with the button pressed');

    await add(page, '/werkkaarten/gewenste-houding/');
    await page.goto('/citaten/');
    const quoteButtons = page.locator('main').getByRole('button', { name: 'Zet in sessie' });
    await quoteButtons.nth(0).click();
    // The first press loads the rest of the button's code: wait until it shows, then take the next quote.
    await expect(page.locator('main').getByRole('button', { name: 'In sessie ✓' })).toHaveCount(1);
    await quoteButtons.nth(0).click(); // the first one is now "In sessie ✓"; this is the next quote
    await expect(page.locator('main').getByRole('button', { name: 'In sessie ✓' })).toHaveCount(2);
    await expectAccessible(page, 'quotes list with buttons');
    await add(page, '/casussen/s-jongen-van-14/');
    await expect(counter(page)).toHaveText(/Mijn sessie\s*5/);

    await counter(page).click();
    await expect(page).toHaveURL(/\/sessie\/$/);
    await expect(page.locator('.plan-item')).toHaveCount(5);
    const before = await titles(page);
    expect(before[0]).toContain('Flexibel zijn versus grenzen stellen');
    await expectAccessible(page, 'builder with five items');

    // Keyboard reorder: the dilemma goes down two places, focus stays on its button.
    const first = page.getByRole('group', { name: /Acties voor Flexibel zijn versus grenzen stellen/ });
    await first.getByRole('button', { name: 'Omlaag' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'staat nu op plek 2 van 5' })).toBeAttached();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('group', { name: /Acties voor Flexibel/ }).getByRole('button', { name: 'Omlaag' }),
    ).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'staat nu op plek 3 van 5' })).toBeAttached();
    const after = await titles(page);
    expect(after[2]).toContain('Flexibel zijn versus grenzen stellen');
    expect(after[0]).toBe(before[1]);

    // Minutes and start time drive the clock.
    await page.getByLabel('Begintijd').fill('13:30');
    await page.locator('.plan-item').nth(0).getByLabel('Minuten').fill('25');
    await expect(page.locator('.plan-item .item-time').nth(0)).toHaveText('13:30');
    await expect(page.locator('.plan-item .item-time').nth(1)).toHaveText('13:55');
    await page.getByLabel('Titel', { exact: true }).fill('Teamdag grenzen');

    await page.reload();
    await expect(page.locator('.plan-item')).toHaveCount(5);
    expect(await titles(page)).toEqual(after);
    await expect(page.locator('.plan-item').nth(0).getByLabel('Minuten')).toHaveValue('25');
    await expect(page.getByLabel('Begintijd')).toHaveValue('13:30');
    await expect(page.getByRole('heading', { level: 2, name: 'Teamdag grenzen' })).toBeVisible();

    // Remove with undo.
    await page.locator('.plan-item').nth(4).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.locator('.plan-item')).toHaveCount(4);
    await expectAccessible(page, 'undo offered');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(page.locator('.plan-item')).toHaveCount(5);

    // Share link, opened in a fresh browser context (another trainer's browser).
    await page.getByRole('button', { name: 'Deel als link' }).click();
    const link = await page.getByLabel(/Link naar deze sessie/).inputValue();
    expect(link).toMatch(/\/sessie\/#plan=[A-Za-z0-9_-]+$/);
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto(link);
    await expect(colleague.getByText('Je bekijkt een gedeelde sessie')).toBeVisible();
    await expect(colleague.getByRole('heading', { name: 'Teamdag grenzen' })).toBeVisible();
    await expect(colleague.locator('.shared-items li')).toHaveCount(5);
    await expect(colleague.locator('.shared-items li').first()).toContainText('13:30');
    await expectAccessible(colleague, 'shared plan, read-only');
    expect(await colleague.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await colleague.getByRole('button', { name: 'Kopieer naar mijn sessies' }).click();
    await expect(colleague.locator('.plan-item')).toHaveCount(5);
    await expect(colleague).toHaveURL(/\/sessie\/$/);
    expect(await titles(colleague)).toEqual(after);
    await other.close();

    // Export and import: a lossless round trip.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaar als bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('teamdag-grenzen.werkzaam.json');
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'werkzaam-sessie',
      v: 1,
      t: 'Teamdag grenzen',
    });
    await page.getByLabel('Sessie uit bestand openen').setInputFiles(file);
    await expect(page.locator('.session-list > li')).toHaveCount(2);
    expect(await titles(page)).toEqual(after);
    await expect(page.locator('.plan-item').nth(0).getByLabel('Minuten')).toHaveValue('25');

    // Print: three outputs, clean A4, no site chrome.
    for (const [button, pages, marker] of [
      ['Print plan', 1, '.print-plan'],
      ['Print hand-out', 3, '.print-handout'],
      ['Print kaarten', 1, '.print-cards .sheet'],
    ] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: button }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(marker).first()).toBeVisible();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.getByRole('button', { name: button })).toBeHidden();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf), button).toBeLessThanOrEqual(pages);
      expect(pageCount(pdf), button).toBeGreaterThanOrEqual(1);
    }
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(3);
    // After printing the page goes back to the plan; the cards, once more, to look at them.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print kaarten' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-cards .card')).toHaveCount(4);
    await expect(page.locator('.print-cards .card-dilemma .card-pole')).toHaveCount(2);
    await expect(page.locator('.print-handout')).toHaveCount(0);
  });

  test('the handout leaves out the trainer’s notes, and eight cards take two sheets', async ({ page }) => {
    await page.goto('/sessie/');
    await page
      .getByRole('button', { name: 'Gebruik ‘Spanningsvelden in de vaste-hulpverlenersrol (2 uur)’' })
      .click();
    await expect(page.locator('.plan-total')).toContainText('Precies 2 uur, zoals gepland');
    await page.getByRole('button', { name: 'Print hand-out' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout')).toContainText(
      'Brugfunctie versus te veel overnemen van het gezin',
    );
    await expect(page.locator('.print-handout')).not.toContainText('fysiek kiezen aan welke kant');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print plan' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-plan')).toContainText('fysiek kiezen aan welke kant');

    await page.emulateMedia({ media: 'screen' });
    await page
      .getByRole('button', { name: 'Gebruik ‘Kennismaken met de zeven werkkaarten (90 min)’' })
      .click();
    await page.getByRole('button', { name: 'Print kaarten' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-cards .card')).toHaveCount(8);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(2);
  });

  test('starting from a template gives an editable plan that fills the planned time', async ({ page }) => {
    await page.goto('/sessie/');
    await expectAccessible(page, 'empty builder with templates');
    await page.getByRole('button', { name: 'Gebruik ‘De stem van ouders (60 min)’' }).click();
    await expect(page.locator('.plan-item')).toHaveCount(7);
    await expect(page.locator('.plan-total')).toContainText('Precies 1 uur, zoals gepland');
    await page.getByLabel('Blok toevoegen').selectOption('pauze');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.locator('.plan-total')).toContainText('15 min te lang voor 1 uur');
  });

  test('sessions can be renamed, duplicated and deleted after confirming', async ({ page }) => {
    await page.goto('/sessie/');
    await page.getByRole('button', { name: 'Nieuwe lege sessie' }).click();
    const list = page.locator('.session-list > li');
    await expect(list).toHaveCount(1);
    await page.getByRole('button', { name: 'Naam wijzigen' }).click();
    await page.getByLabel('Nieuwe naam').fill('Werkoverleg');
    await page.getByRole('button', { name: 'Bewaar naam' }).click();
    await expect(list.first()).toContainText('Werkoverleg');
    await page.getByRole('button', { name: 'Dupliceren' }).click();
    await expect(list).toHaveCount(2);
    await expect(list.nth(1)).toContainText('Werkoverleg (kopie)');
    await list.nth(1).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Werkoverleg (kopie)');
    await expectAccessible(page, 'delete confirmation');
    await expect(page.getByRole('button', { name: 'Nee, bewaar' })).toBeFocused();
    await page.getByRole('button', { name: 'Nee, bewaar' }).click();
    await expect(list).toHaveCount(2);
    await list.nth(1).getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder' }).click();
    await expect(list).toHaveCount(1);
  });

  test('a second open tab sees a change at once', async ({ page, context }) => {
    await page.goto('/sessie/');
    await page.getByRole('button', { name: 'Nieuwe lege sessie' }).click();
    const other = await context.newPage();
    await other.goto('/dilemmas/flexibel-versus-grenzen/');
    await other.locator('main').getByRole('button', { name: 'Zet in sessie' }).click();
    await expect(page.locator('.plan-item')).toHaveCount(1);
    await expect(counter(page)).toHaveText(/Mijn sessie\s*1/);
  });

  test('entries that no longer exist are listed as missing, not crashed on', async ({ page }) => {
    const payload = JSON.stringify({
      v: 1,
      t: 'Oud plan',
      i: [
        { b: 'uitleg', m: 10, e: 'elementen/bestaat-niet-meer' },
        { b: 'dilemma', m: 20, e: 'dilemmas/flexibel-versus-grenzen' },
      ],
    });
    await page.goto(`/sessie/#plan=${deflateRawSync(Buffer.from(payload)).toString('base64url')}`);
    await expect(page.getByText('Eén onderdeel bestaat niet meer in Werkzaam')).toBeVisible();
    await expect(page.locator('.shared-items li.missing')).toContainText('elementen/bestaat-niet-meer');
    await expect(page.locator('.shared-items li').nth(1)).toContainText(
      'Flexibel zijn versus grenzen stellen',
    );
  });

  test('hostile links raise no dialog, run nothing and leave saved sessions alone', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await add(page, '/dilemmas/flexibel-versus-grenzen/');
    const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const script = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const raw = (text: string) => deflateRawSync(Buffer.from(text)).toString('base64url');
    const links = [
      ['not base64', '%3Cscript%3Ealert(1)%3C/script%3E', 'er staan tekens in die er niet in horen'],
      ['not deflate', 'AAAAAAAA', 'de inhoud is niet uit te pakken'],
      [
        '10,000 items',
        raw(`{"v":1,"t":"x","i":[${Array(10000).fill(0).join(',')}]}`),
        'hoogstens 200 onderdelen',
      ],
      ['prototype key', raw('{"v":1,"t":"x","i":[],"__proto__":{"x":1}}'), 'de inhoud klopt niet'],
      ['wrong version', raw('{"v":7,"t":"x","i":[]}'), 'andere versie van Werkzaam'],
    ] as const;
    for (const [what, value, message] of links) {
      await page.goto(`/sessie/#plan=${value}`);
      await expect(page.getByRole('alert'), what).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Je eigen sessies zijn niet aangeraakt.');
      await expect(page.locator('.plan-item')).toHaveCount(1);
    }
    await expectAccessible(page, 'message about a broken link');
    await page.goto(
      `/sessie/#plan=${raw(JSON.stringify({ v: 1, t: script, i: [{ b: 'vrij', m: 5, t: script, n: script }] }))}`,
    );
    await expect(page.getByRole('heading', { level: 2, name: script })).toBeVisible();
    await expect(page.locator('.shared img, .shared script')).toHaveCount(0);
    // No dialog can come later: the page holds no element with the handler and no script with the call
    // (the text above is the hostile string itself, shown as text).
    await expect(page.locator('[onerror]')).toHaveCount(0);
    expect(
      await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('alert(')).length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
  });

  test('corrupt saved data is set aside with a message, never dropped', async ({ page }) => {
    // Not on /sessie/ itself: the builder would read (and rescue) the data at once.
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"data":{"sessions":"kapot"}}'), KEY);
    await page.reload();
    await expect(counter(page)).toBeHidden();
    await page.goto('/sessie/');
    await expect(page.getByRole('alert')).toContainText('We konden je sessies op dit apparaat niet lezen');
    expect(await page.evaluate((k) => localStorage.getItem(`${k}.reservekopie`), KEY)).toBe(
      '{"v":1,"data":{"sessions":"kapot"}}',
    );
    await expectAccessible(page, 'message about unreadable saved data');
  });

  test('without JavaScript there is no button and no counter', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await expect(page.getByRole('button', { name: 'Zet in sessie' })).toHaveCount(0);
    await expect(counter(page)).toBeHidden();
    await page.goto('/sessie/');
    await expect(page.locator('main')).toContainText('heeft daarvoor JavaScript nodig');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the builder has no axe violations in ${colorScheme} mode on a phone`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/sessie/');
      await page
        .getByRole('button', { name: 'Gebruik ‘Kennismaken met de zeven werkkaarten (90 min)’' })
        .click();
      await expect(page.locator('.plan-item')).toHaveCount(11);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expectAccessible(page, `builder, ${colorScheme}, 390 px`);
    });
  }
});
