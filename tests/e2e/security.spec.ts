import { expect, test } from '@playwright/test';
import { renderPolicy } from '../../src/shared/security-policy';
import { watchPage, type PageWatch } from './support/watch-page';

/**
 * Every interactive feature, used the way a visitor would, under the site's
 * Content-Security-Policy: nothing may be blocked and nothing may go wrong.
 */
test.describe('under the strict Content-Security-Policy', () => {
  let watch: PageWatch;
  test.beforeEach(async ({ page, baseURL }) => {
    watch = await watchPage(page, baseURL!);
  });
  test.afterEach(async () => {
    const { cspViolations, consoleErrors, foreignRequests } = await watch.take();
    expect({ cspViolations, consoleErrors, foreignRequests }).toEqual({
      cspViolations: [],
      consoleErrors: [],
      foreignRequests: [],
    });
  });

  test('every page carries the policy, with no unsafe-inline', async ({ page }) => {
    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  });

  test('the header search loads Pagefind and shows results', async ({ page }) => {
    await page.goto('/dilemmas/flexibel-versus-grenzen/');
    await page.locator('#site-search-q').fill('grenzen');
    await expect(
      page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option').first(),
    ).toBeVisible();
  });

  test('the search page finds, filters and opens a result', async ({ page }) => {
    await page.goto('/zoeken/?q=netwerk');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.getByRole('option').first().click();
    await expect(page).not.toHaveURL(/zoeken/);
  });

  test('the catalogue filters without reloading', async ({ page }) => {
    await page.goto('/interventies/');
    // The pick buttons exist only once the island runs: filter after hydration, as a reader would.
    await page.locator('button.pick').first().waitFor();
    const total = await page.locator('.catalog-item').count();
    await page.getByLabel(/^In NJi-databank/).check();
    await expect(page.locator('.catalog .status')).toContainText(`van de ${total}`);
  });

  test('an entry link shows its preview on hover', async ({ page }) => {
    await page.goto('/elementen/problemen-komen-in-golven/');
    const link = page.locator('.body a[href="/werkkaarten/vaste-hulpverlener/"]');
    await link.hover();
    await expect(page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`)).toBeVisible();
  });

  test('dark mode applies its colours', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/zoeken/?q=grenzen');
    await expect(page.getByRole('option').first()).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
  });
});

test.describe('the policy blocks what the build did not make', () => {
  test('an injected inline script, inline style and outside image are refused and reported', async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto('/over/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInjected = true';
      document.head.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
      const img = document.createElement('img');
      img.src = 'https://elders.example/pixel.png';
      document.body.append(img);
    });
    // The browser reports each refusal as an event: wait for all three, not for a while.
    await expect.poll(() => page.evaluate(() => window.__cspViolations?.length ?? 0)).toBe(3);
    // An inline script that is allowed runs as soon as it is appended; this one was refused.
    expect(await page.evaluate(() => (window as unknown as { ranInjected?: boolean }).ranInjected)).toBe(
      undefined,
    );
    const { cspViolations } = await watch.take();
    expect(cspViolations.map((v) => v.split(' ')[0]).sort()).toEqual([
      'img-src',
      'script-src-elem',
      'style-src-attr',
    ]);
  });
});

test.describe('the header form of the policy', () => {
  test('matches what Astro puts in every page, plus frame-ancestors', async ({ page }) => {
    await page.goto('/');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const hashes = (name: string) =>
      [...(meta!.split(';').find((d) => d.trim().startsWith(name)) ?? '').matchAll(/'(sha256-[^']+)'/g)].map(
        (m) => m[1]!,
      );
    const header = renderPolicy({ scripts: hashes('script-src'), styles: hashes('style-src') });
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .sort();
    const withoutFrameAncestors = directives(header).filter((d) => !d.startsWith('frame-ancestors'));
    expect(withoutFrameAncestors.map((d) => d.split(' ').sort().join(' '))).toEqual(
      directives(meta!).map((d) => d.split(' ').sort().join(' ')),
    );
    expect(header).toContain("frame-ancestors 'none'");
  });
});

test.describe('the test server', () => {
  test('answers a malformed address with 400 and keeps serving', async ({ request }) => {
    const bad = await request.get('/%E0%A4%A');
    expect(bad.status()).toBe(400);
    expect((await request.get('/')).status()).toBe(200);
  });
});
