/**
 * The site as it runs in production: nginx with deploy/nginx.conf (started by
 * npm run test:prod). Every header must be exactly what scripts/deploy/headers.mjs
 * says, the same list the Netlify/Cloudflare `_headers` file is made from.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CACHE_RULES, REVALIDATE, securityHeaders } from '../../scripts/deploy/headers.mjs';

const dist = resolve(process.env.WERKZAAM_OUT_DIR ?? 'dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name))}`);

/** A real file a cache rule's path pattern matches ("/pagefind/*.js" → /pagefind/pagefind.js). */
function fileFor(pattern: string): string {
  const regex = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
  const match =
    files.find((file) => regex.test(file)) ?? files.find((file) => regex.test(file.replace(/[^/]*$/, '')));
  if (!match) throw new Error(`No built file matches the cache rule ${pattern}`);
  return match;
}

test.describe('production behind nginx', () => {
  const expected = securityHeaders(dist) as [string, string][];

  for (const path of ['/', '/elementen/ruimte-voor-eigen-verhaal/', '/zoeken/', '/bestaat-niet/', '/sw.js']) {
    test(`${path} carries every security header exactly as documented`, async ({ request }) => {
      const response = await request.get(path);
      for (const [name, value] of expected) expect(response.headers()[name.toLowerCase()], name).toBe(value);
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  }

  test('HTML is revalidated on every visit, so a new build is seen at once', async ({ request }) => {
    for (const path of ['/', '/dilemmas/', '/interventies/familiekracht/']) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe(REVALIDATE);
    }
  });

  for (const rule of CACHE_RULES) {
    test(`${rule.path} is cached as "${rule.cacheControl}"`, async ({ request }) => {
      const response = await request.get(fileFor(rule.path));
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe(rule.cacheControl);
    });
  }

  test('text is sent gzip-compressed', async ({ request }) => {
    // The largest stylesheet: nginx leaves files under gzip_min_length (512 B) as they are.
    const css = files
      .filter((file) => file.startsWith('/_astro/') && file.endsWith('.css'))
      .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0]!;
    for (const path of ['/', css]) {
      const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], path).toBe('gzip');
    }
  });

  test('an unknown address gets the Dutch 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/bestaat-niet/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('niet');
  });

  test('an address without its trailing slash is redirected, as Astro builds it', async ({ request }) => {
    const response = await request.get('/elementen', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/elementen/');
  });

  test('the hosting file for Netlify is not served to readers', async ({ request }) => {
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('the manifest and the WebAssembly index have their proper types', async ({ request }) => {
    expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toContain(
      'application/manifest+json',
    );
    expect((await request.get('/sw.js')).headers()['content-type']).toContain('javascript');
  });
});
