import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// These tests need the service worker; the other suites block it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const dist = resolve(process.env.WERKZAAM_OUT_DIR ?? 'dist');

/** One visit: the worker installs, which means the whole site is on the device. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test.describe('offline on a home visit', () => {
  test('after one visit, pages of every kind, search and the catalogue work without a connection', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await visitOnce(page);
    await context.setOffline(true);
    for (const [path, heading] of [
      ['/werkkaarten/gewenste-houding/', /^Gewenste houding/],
      ['/elementen/ruimte-voor-eigen-verhaal/', /eigen verhaal/i],
      ['/dilemmas/flexibel-versus-grenzen/', /flexibel/i],
      ['/interventies/familiekracht/', 'FamilieKracht'],
      ['/begrippen/bemoeizorg/', /bemoeizorg/i],
      ['/casussen/l-meisje-vastgelopen-thuissituatie/', /L\./],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    }
    await page.goto('/zoeken/?q=grenzen');
    await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });

    await page.goto('/interventies/?kind=werkwijze');
    await expect(page.getByRole('status').first()).toContainText('van de');

    await page.goto('/interventies/vergelijk/?i=familiekracht&i=gezintotaal');
    await expect(page.locator('.comparison thead th')).toHaveText(['FamilieKracht', 'GezinTotaal']);
  });

  test('a page that is not kept shows a Dutch offline page with links to what is', async ({
    page,
    context,
  }) => {
    // visitOnce waits (on state) for the worker to precache the whole site, ≈ 1,300 files: on two busy
    // cores that alone outlasted the default 30 s, as it would in the tests around this one.
    test.setTimeout(120_000);
    await visitOnce(page);
    await context.setOffline(true);
    await page.goto('/een-adres-dat-niet-bestaat/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen verbinding');
    await page.getByRole('link', { name: 'De zeven werkkaarten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkkaarten');
  });

  test('a new build is offered with "Nieuwe versie beschikbaar", not switched under the reader', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await visitOnce(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const sw = join(dist, 'sw.js');
    const original = readFileSync(sw, 'utf8');
    try {
      // A changed build: any byte of sw.js differs.
      writeFileSync(sw, `${original}\n// a newer build\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const bar = page.locator('.update-bar');
      await expect(bar).toContainText('Nieuwe versie beschikbaar', { timeout: 60_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat werkt bij multistressgezinnen');
      await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Vernieuwen' }).click()]);
      await expect(page.locator('.update-bar')).toHaveCount(0);
    } finally {
      writeFileSync(sw, original);
    }
  });
});

test.describe('installable', () => {
  test('the site has a Dutch web app manifest with icons that exist', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      short_name: 'Werkzaam',
      lang: 'nl',
      display: 'standalone',
      start_url: '/',
    });
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const file = await request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        // PNG: width and height are big-endian at bytes 16 and 20.
        const bytes = await file.body();
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }
    }
  });
});
