/**
 * Checks the built site in dist/ (run after `npm run build`): no broken
 * internal link anywhere, no entry page that nothing links to, a search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteLinks, findOrphans, type BuiltPage } from '../support/site-links';
import { COLLECTIONS } from '../../src/shared/kinds';

const dist = resolve(import.meta.dirname, '../../dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const all = existsSync(dist) ? walk(dist) : [];
const files = new Set(all.map((f) => `/${relative(dist, f).split(sep).join('/')}`));
const pages: BuiltPage[] = all
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    path: `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''),
    html: readFileSync(f, 'utf8'),
  }));
const entryPattern = new RegExp(`^/(${COLLECTIONS.join('|')})/[^/]+/$`);

describe('the built site', () => {
  it('exists (run npm run build first)', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has no broken internal links', () => {
    const problems = checkSiteLinks(pages, files).map((p) => `${p.page}: ${p.href} ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('has no orphan entries: every entry page is linked from another page', () => {
    expect(findOrphans(pages, (path) => entryPattern.test(path))).toEqual([]);
  });

  it('has a search index', () => {
    expect(files.has('/pagefind/pagefind.js')).toBe(true);
  });
});
