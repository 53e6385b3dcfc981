import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations as axe } from './support/axe';

const DILEMMA = 'flexibel-versus-grenzen';
const SESSION = `/intervisie/?dilemma=${DILEMMA}&methode=incidentmethode`;
const INCIDENT_STEPS = [
  'Incident vertellen',
  'Informatievragen',
  'Ieder kiest',
  'Keuzes op tafel',
  'Wat deed de inbrenger?',
  'Analyse',
  'Bespreking',
  'Wat neem je mee?',
];
const stepTitle = (page: Page) => page.locator('#iv-step-title');
/** Astro drops the `ssr` attribute once the island has hydrated. */
const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

/** Pages in a PDF made by Chromium (its page objects are plain, not in object streams). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe('intervision mode', () => {
  test('a facilitator starts from a dilemma page and walks through every step with the keyboard', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/dilemmas/${DILEMMA}/`);
    const button = page.getByRole('link', { name: 'Bespreek in intervisie' });
    // Above the fold on a laptop, so a group sees it without scrolling.
    const box = await button.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(720);
    await button.click();
    await expect(page).toHaveURL(`/intervisie/?dilemma=${DILEMMA}`);
    await expect(page.getByText('Gekozen: Flexibel zijn versus grenzen stellen')).toBeVisible();
    await hydrated(page);
    await page.getByRole('radio', { name: /Incidentmethode/ }).check();
    await page.getByRole('button', { name: 'Start de intervisie' }).click();
    await expect(page).toHaveURL(`${SESSION}&stap=1`);
    await expect(stepTitle(page)).toHaveText(INCIDENT_STEPS[0]!);

    // Start the timer with the keyboard only.
    const start = page.getByRole('button', { name: 'Start timer' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.iv-timer-state')).toHaveText('Loopt');

    for (let i = 1; i < INCIDENT_STEPS.length; i++) {
      if (i % 2 === 0) {
        // Space moves on when focus is not on a button (which Space would press).
        await stepTitle(page).focus();
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.press('ArrowRight');
      }
      await expect(stepTitle(page)).toHaveText(INCIDENT_STEPS[i]!);
      await expect(page).toHaveURL(`${SESSION}&stap=${i + 1}`);
      await expect(page.locator('[aria-current="step"]')).toContainText(INCIDENT_STEPS[i]!);
      // The running timer carries on into the next step.
      await expect(page.locator('.iv-timer-state')).toHaveText('Loopt');

      if (INCIDENT_STEPS[i] === 'Analyse') {
        await expect(
          page.getByRole('region', { name: 'Kant A: Flexibel en outreachend zijn' }),
        ).toBeVisible();
        await expect(page.getByRole('region', { name: 'Kant B: Grenzen stellen' })).toBeVisible();
        await expect(page.getByText('Wat trekt naar deze kant').first()).toBeVisible();
        await expect(page.locator('.iv-step').getByText(/Welk signaal vertelt jou/)).toHaveCount(0);
      }
      if (INCIDENT_STEPS[i] === 'Bespreking') {
        await expect(
          page.locator('.iv-step').getByText(/Welk signaal vertelt jou dat je flexibiliteit omslaat/),
        ).toBeVisible();
        await expect(page.locator('.iv-step .iv-pole')).toHaveCount(0);
      }
    }
    // The last step: one more ArrowRight stays put.
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText('Wat neem je mee?');
    await page.keyboard.press('ArrowLeft');
    await expect(stepTitle(page)).toHaveText('Bespreking');

    await page.reload();
    await expect(stepTitle(page)).toHaveText('Bespreking');
    await expect(page).toHaveURL(`${SESSION}&stap=7`);
    await expect(page.locator('.iv-timer-state')).toHaveText('Loopt');
    expect(errors).toEqual([]);
  });

  test('the back button returns from the steps to the chooser', async ({ page }) => {
    await page.goto(`/intervisie/?dilemma=${DILEMMA}`);
    await hydrated(page);
    await page.getByRole('radio', { name: /Roddelmethode/ }).check();
    await page.getByRole('button', { name: 'Start de intervisie' }).click();
    await expect(stepTitle(page)).toHaveText('Inbreng');
    await page.goBack();
    await expect(page).toHaveURL(`/intervisie/?dilemma=${DILEMMA}`);
    await expect(page.getByText('1. Kies een dilemma')).toBeVisible();
    await page.goForward();
    await expect(stepTitle(page)).toHaveText('Inbreng');
  });

  test('finds a dilemma by a word and groups the list by werkkaart', async ({ page }) => {
    await page.goto('/intervisie/');
    await hydrated(page);
    const radios = page.locator('input[name="dilemma"]');
    const total = await radios.count();
    expect(total).toBe(readdirSync(resolve(import.meta.dirname, '../../content/dilemmas')).length);
    await expect(page.getByRole('group', { name: '2. Gewenste houding' })).toBeVisible();
    await page.getByLabel('Zoek een dilemma').fill('veiligheid kind');
    await expect(page.getByRole('radio', { name: /veiligheid van het kind/ })).toBeVisible();
    expect(await radios.count()).toBeLessThan(total);
    await page.getByLabel('Zoek een dilemma').fill('qqqq');
    await expect(page.getByText('Geen dilemma gevonden')).toBeVisible();
  });

  test('asks for the missing choice instead of starting half', async ({ page }) => {
    await page.goto('/intervisie/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Start de intervisie' }).click();
    await expect(page.getByRole('alert')).toHaveText('Kies eerst een dilemma en een methode.');
    await expect(page).toHaveURL('/intervisie/');
  });

  test('shows the time left, and says calmly when the time is up', async ({ page }) => {
    // A paused clock: time moves only when the test says so, however busy the machine is.
    // It runs while the page loads (the island needs its timers to start), then stands still.
    await page.clock.install({ time: new Date('2026-12-05T10:00:00') });
    await page.goto(`/intervisie/?dilemma=${DILEMMA}&methode=korte-intervisie`);
    await expect(page.locator('.iv-countdown')).toHaveText('4:00');
    await page.clock.pauseAt(new Date('2026-12-05T11:00:00'));
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(page.locator('.iv-timer-state')).toHaveText('Loopt');
    // The countdown redraws once a second, from the moment the timer started: stop half a second
    // past a whole second, so the last redraw is the one the text below names.
    await page.clock.runFor(61_500);
    await expect(page.locator('.iv-countdown')).toHaveText('2:59');
    await expect(page.locator('.iv-timer [aria-live]')).toHaveText('Nog 3 minuten voor deze stap.');
    await page.getByRole('button', { name: 'Pauze' }).click();
    await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
    await page.clock.runFor('02:00');
    await expect(page.locator('.iv-countdown')).toHaveText('2:59');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
    await page.clock.runFor(210_500);
    await expect(page.locator('.iv-timer')).toHaveClass(/iv-timer-over/);
    await expect(page.getByText('Tijd om — de stap loopt uit.')).toBeVisible();
    await expect(page.locator('.iv-timer [aria-live]')).toHaveText('De tijd voor deze stap is om.');
    await expect(page.locator('.iv-total')).toHaveText('Totaal verstreken: 4:31'); // 61.5 s + 210 s, the last redraw
    await page.getByRole('button', { name: 'Pauze' }).click();
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expect(page.locator('.iv-countdown')).toHaveText('4:00');
  });

  test('keeps the notes of the group in this tab only, out of the link, and clears them with one button', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    await page.goto(`${SESSION}&stap=2`);
    await expect(page.getByText(/Alleen bewaard in dit tabblad/)).toBeVisible();
    const notes = page.getByLabel('Notities bij stap 2');
    await notes.fill('Moeder belt elke avond na tienen');
    await page.reload();
    await expect(page.getByLabel('Notities bij stap 2')).toHaveValue('Moeder belt elke avond na tienen');
    expect(page.url()).not.toContain('Moeder');
    expect(requests.join(' ')).not.toContain('Moeder');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    const other = await context.newPage();
    await other.goto(`${SESSION}&stap=2`);
    await expect(other.getByLabel('Notities bij stap 2')).toHaveValue('');
    await other.close();

    await page.getByRole('button', { name: 'Wis alle notities' }).click();
    await expect(page.getByLabel('Notities bij stap 2')).toHaveValue('');
    await expect(page.getByText('Alle notities van deze intervisie zijn gewist.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Notities bij stap 2')).toHaveValue('');
  });

  test('presentation mode fills a 1920×1080 screen in type readable from the back of the room', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${SESSION}&stap=7`);
    await page.getByRole('button', { name: 'Presenteren' }).click();
    await expect(page.getByRole('button', { name: 'Presentatie verlaten (Esc)' })).toBeVisible();
    const sizes = await page.evaluate(() =>
      ['.iv-what', '.iv-questions li', '.iv-quote blockquote p', '#iv-step-title'].map((s) =>
        parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
      ),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(28);
    // No header, search or notes: what covers the top left corner is the step view.
    expect(await page.evaluate(() => Boolean(document.elementFromPoint(5, 5)?.closest('.iv-session')))).toBe(
      true,
    );
    const search = (await page.locator('#site-search-q').boundingBox())!;
    expect(
      await page.evaluate(
        ([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('.iv-session')),
        [search.x + 5, search.y + 5],
      ),
    ).toBe(true);
    await expect(page.getByLabel('Notities bij stap 7')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText('Wat neem je mee?');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('prints the whole intervision for the group on at most two A4 pages, without navigation', async ({
    page,
  }) => {
    await page.goto(`${SESSION}&stap=3`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.iv-session')).toBeHidden();
    const sheet = page.locator('.iv-print');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByText('Flexibel en outreachend zijn')).toBeVisible();
    await expect(sheet.getByText(/Welk signaal vertelt jou/)).toBeVisible();
    await expect(sheet.getByText('Analyse (10 min)')).toBeVisible();
    await expect(sheet.getByText(/Tijdbewaker:/)).toBeVisible();
    expect(await sheet.locator('a').count()).toBe(0);
    expect(await sheet.innerText()).not.toMatch(/https?:|\/\w+\//);
    // Poles side by side on paper, as on a wide screen.
    const [a, b] = await sheet.locator('.iv-pole').all();
    expect(Math.abs((await a!.boundingBox())!.y - (await b!.boundingBox())!.y)).toBeLessThan(2);
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('every dilemma with every method prints on at most two pages', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto('/intervisie/');
    const dilemmas = await page
      .locator('input[name="dilemma"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const methods = await page
      .locator('input[name="methode"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const counts: Record<string, number> = {};
    for (const d of dilemmas) {
      for (const m of methods) {
        // A fresh tab per PDF: dozens of printToPDF calls in one tab made Chromium answer
        // "Printing failed" on a loaded machine (clean-clone CI run, 2026-12-04).
        const sheet = await context.newPage();
        await sheet.goto(`/intervisie/?dilemma=${d}&methode=${m}`);
        await sheet.locator('.iv-print').waitFor({ state: 'attached' });
        counts[`${d} + ${m}`] = pdfPages(await sheet.pdf({ format: 'A4', preferCSSPageSize: true }));
        await sheet.close();
      }
    }
    // Page 1 the dilemma, page 2 the method: never more (a longer dilemma would spill onto a third).
    const notTwo = Object.entries(counts).filter(([, n]) => n !== 2);
    expect(notTwo).toEqual([]);
    console.log(
      `print pages: max ${Math.max(...Object.values(counts))} over ${Object.keys(counts).length} combinations`,
    );
  });

  const HOSTILE: [string, RegExp][] = [
    ['?dilemma=bestaat-niet', /Het dilemma ‘bestaat-niet’ uit de link bestaat niet/],
    ['?dilemma=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /Het dilemma ‘<img src=x onerror=alert\(1\)>’/],
    ['?dilemma=__proto__&methode=constructor', /De methode ‘constructor’ uit de link bestaat niet/],
    [`?dilemma=${DILEMMA}&methode=..%2F..%2Fetc`, /De methode ‘\.\.\/\.\.\/etc’/],
    [`?dilemma=${'a'.repeat(5000)}`, /‘a{40}…’/],
  ];
  for (const [query, message] of HOSTILE) {
    test(`a broken link (${query.slice(0, 50)}) shows a Dutch message and the chooser`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
      await page.goto(`/intervisie/${query}`);
      await expect(page.locator('.iv-problems')).toContainText('Deze link klopt niet helemaal.');
      await expect(page.locator('.iv-problems')).toContainText(message);
      await expect(page.getByText('1. Kies een dilemma')).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  for (const stap of ['0', '9', 'drie', '-1', '1e2']) {
    test(`an impossible step (${stap}) starts at step 1 with a message`, async ({ page }) => {
      await page.goto(`${SESSION}&stap=${stap}`);
      await expect(page.getByRole('alert')).toContainText(
        'bestaat niet bij deze methode (stap 1 tot en met 8)',
      );
      await expect(stepTitle(page)).toHaveText('Incident vertellen');
    });
  }

  test('the home page and every method page lead to the intervision mode', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'We bespreken een dilemma in intervisie' }).click();
    await expect(page).toHaveURL('/intervisie/');
    await page.goto('/intervisiemethoden/moreel-beraad/');
    await expect(page.getByText('Deze methode komt niet uit de vijf bronnen van Werkzaam')).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Van Dartel|In gesprek blijven over goede zorg/ }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Start deze methode met een dilemma' }).click();
    await expect(page.getByRole('radio', { name: /Moreel beraad/ })).toBeChecked();
  });

  test('the dilemma page button works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/dilemmas/${DILEMMA}/`);
    await page.getByRole('link', { name: 'Bespreek in intervisie' }).click();
    await expect(page).toHaveURL(`/intervisie/?dilemma=${DILEMMA}`);
    await expect(page.locator('input[name="dilemma"]').first()).toBeVisible();
    await context.close();
  });
});

test.describe('intervision mode accessibility (axe, every state, light and dark)', () => {
  const STATES: [string, (page: Page) => Promise<void>][] = [
    ['chooser', async (page) => void (await page.goto('/intervisie/'))],
    [
      'chooser with a dilemma and a message',
      async (page) => void (await page.goto(`/intervisie/?dilemma=${DILEMMA}&methode=x`)),
    ],
    [
      'chooser with a search without results',
      async (page) => {
        await page.goto('/intervisie/');
        await hydrated(page);
        await page.getByLabel('Zoek een dilemma').fill('qqqq');
      },
    ],
    ['analysis step', async (page) => void (await page.goto(`${SESSION}&stap=6`))],
    ['discussion step with quotes', async (page) => void (await page.goto(`${SESSION}&stap=7`))],
    [
      'running timer and notes',
      async (page) => {
        await page.goto(`${SESSION}&stap=2`);
        await page.getByRole('button', { name: 'Start timer' }).click();
        await page.getByLabel('Notities bij stap 2').fill('notitie');
      },
    ],
    [
      'time is up',
      async (page) => {
        await page.clock.install();
        await page.goto(`/intervisie/?dilemma=${DILEMMA}&methode=korte-intervisie`);
        await page.getByRole('button', { name: 'Start timer' }).click();
        await page.clock.fastForward('05:00');
        await expect(page.locator('.iv-timer')).toHaveClass(/iv-timer-over/);
      },
    ],
    [
      'presentation mode',
      async (page) => {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.goto(`${SESSION}&stap=6`);
        await page.getByRole('button', { name: 'Presenteren' }).click();
      },
    ],
    ['a method page', async (page) => void (await page.goto('/intervisiemethoden/incidentmethode/'))],
    ['the list of methods', async (page) => void (await page.goto('/intervisiemethoden/'))],
  ];
  for (const [name, setup] of STATES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} in ${colorScheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await setup(page);
        expect(await axe(page)).toEqual([]);
      });
    }
  }
});
