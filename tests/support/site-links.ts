/**
 * Checks the links of the built site: every internal href must reach a page or
 * file in the output, and every entry page must be linked from another page.
 * Works on plain strings so it can be unit-tested without a build.
 */

export interface BuiltPage {
  /** Site path of the page, e.g. "/dilemmas/flexibel/". */
  path: string;
  html: string;
}

export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

/** Every href/src on the page that stays on this site, without #fragment or ?query. */
export function internalTargets(page: BuiltPage): { href: string; target: string }[] {
  const found: { href: string; target: string }[] = [];
  for (const match of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const href = decodeEntities(match[1] ?? '');
    if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
    const url = new URL(href, `http://site${page.path}`);
    if (url.pathname === page.path && href.startsWith('#')) continue;
    found.push({ href, target: decodeURIComponent(url.pathname) });
  }
  return found;
}

/** Does `target` exist among the built files (directory pages end in "/")? */
export function resolves(target: string, files: ReadonlySet<string>): boolean {
  if (target.endsWith('/')) return files.has(`${target}index.html`);
  return files.has(target) || files.has(`${target}/index.html`);
}

export function checkSiteLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const { href, target } of internalTargets(page)) {
      if (!resolves(target, files)) {
        problems.push({ page: page.path, href, message: `links to ${target}, which does not exist` });
      }
    }
  }
  return problems;
}

/** Entry pages (matching `isEntry`) that no other page links to. */
export function findOrphans(pages: readonly BuiltPage[], isEntry: (path: string) => boolean): string[] {
  const linked = new Set<string>();
  for (const page of pages) {
    for (const { target } of internalTargets(page)) if (target !== page.path) linked.add(target);
  }
  return pages.map((p) => p.path).filter((path) => isEntry(path) && !linked.has(path));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}
