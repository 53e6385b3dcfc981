import { describe, expect, it } from 'vitest';
import { checkSiteLinks, findOrphans, internalTargets } from '../support/site-links';

const files = new Set(['/index.html', '/dilemmas/index.html', '/dilemmas/a/index.html', '/favicon.svg']);

describe('the built-site link check', () => {
  it('finds internal links and ignores other hosts, mail links and same-page anchors', () => {
    const targets = internalTargets({
      path: '/dilemmas/a/',
      html: '<a href="/dilemmas/">x</a><a href="https://x.nl/">y</a><a href="mailto:a@b">m</a><a href="#top">t</a><img src="/favicon.svg">',
    });
    expect(targets.map((t) => t.target)).toEqual(['/dilemmas/', '/favicon.svg']);
  });

  it('resolves relative links against the page', () => {
    const [t] = internalTargets({ path: '/dilemmas/a/', html: '<a href="../">up</a>' });
    expect(t?.target).toBe('/dilemmas/');
  });

  it('reports the exact page and link of a broken link', () => {
    const problems = checkSiteLinks(
      [{ path: '/dilemmas/a/', html: '<a href="/dilemmas/b/#x">b</a><a href="/dilemmas/">ok</a>' }],
      files,
    );
    expect(problems).toEqual([
      {
        page: '/dilemmas/a/',
        href: '/dilemmas/b/#x',
        message: 'links to /dilemmas/b/, which does not exist',
      },
    ]);
  });

  it('finds entry pages nobody links to, not counting links to themselves', () => {
    const pages = [
      { path: '/dilemmas/', html: '<a href="/dilemmas/a/">a</a>' },
      { path: '/dilemmas/a/', html: '<a href="/dilemmas/a/">self</a>' },
      { path: '/dilemmas/b/', html: '<a href="/dilemmas/b/">self</a>' },
    ];
    expect(findOrphans(pages, (p) => /^\/dilemmas\/[^/]+\/$/.test(p))).toEqual(['/dilemmas/b/']);
  });
});
