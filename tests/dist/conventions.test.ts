/**
 * The conventions of a public site, checked in dist/: a sitemap with every
 * page, robots.txt pointing to it, a security.txt that has not expired, and
 * the Content-Security-Policy on every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIVES } from '../../src/shared/security-policy';

const dist = resolve(import.meta.dirname, '../../dist');
const site = 'https://werkzaam.example';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}
const htmlFiles = existsSync(dist) ? walk(dist).filter((f) => f.endsWith('.html')) : [];
const pagePaths = htmlFiles
  .filter((f) => f.endsWith(`${sep}index.html`))
  .map((f) => `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''));

describe('the conventions of a public site', () => {
  it('has a sitemap listing every page except the 404 page and the offline fallback', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = pagePaths.filter((p) => p !== '/offline/');
    expect(listed.sort()).toEqual(pages.map((p) => `${site}${p}`).sort());
    expect(listed.some((url) => url.endsWith('/offline/'))).toBe(false);
    expect(listed.some((url) => url.includes('404'))).toBe(false);
  });

  it('has a robots.txt that points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  it('has a security.txt with a contact and an expiry date within the coming year', () => {
    const text = read('.well-known/security.txt');
    expect(text).toMatch(/^Contact: mailto:\S+@werkzaam\.example$/m);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    const days = (expires - Date.now()) / 86_400_000;
    // RFC 9116: the date must lie in the future and should be less than a year away.
    expect(days, 'security.txt has expired or is more than a year away: set a new Expires date').toBeGreaterThan(0);
    expect(days).toBeLessThan(366);
  });

  it('puts the Content-Security-Policy on every page, without unsafe-inline', () => {
    const missing = htmlFiles.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      return !policy || policy.includes('unsafe-inline') || !DIRECTIVES.every((d) => policy.includes(d));
    });
    expect(missing.map((f) => relative(dist, f))).toEqual([]);
  });
});
