/**
 * The site's Content-Security-Policy, in one place. `astro.config.mjs` hands
 * these lists to Astro's `security.csp` (which adds the hashes of the scripts
 * and styles it emits to a `<meta>` tag on every page), and a deployment step
 * can render the same policy as an HTTP header with `renderPolicy()`, passing
 * the hashes collected from the built pages (`collectHashes()`).
 *
 * Plain TypeScript with only erasable syntax, so Node runs it as-is.
 */

/** Where scripts may come from, before Astro adds its hashes. No 'unsafe-inline'. */
export const SCRIPT_SOURCES = [
  "'self'",
  // Pagefind compiles its WebAssembly search engine in the browser.
  "'wasm-unsafe-eval'",
] as const;

/** Where styles may come from, before Astro adds its hashes. No 'unsafe-inline'. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive; Astro puts these in the `<meta>` tag as they are. */
export const DIRECTIVES = [
  "default-src 'self'",
  // Pagefind may start a worker from its own bundle.
  "worker-src 'self'",
  // Pagefind fetches its index and WebAssembly from this site.
  "connect-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Directives a browser only obeys in the HTTP header, never in a `<meta>` tag:
 * `frame-ancestors` stops other sites from framing ours (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export interface PolicyHashes {
  scripts: Iterable<string>;
  styles: Iterable<string>;
}

function quoted(hash: string): string {
  return hash.startsWith("'") ? hash : `'${hash}'`;
}

function sorted(hashes: Iterable<string>): string[] {
  return [...new Set([...hashes].map(quoted))].sort();
}

/**
 * The policy as one header value. `header: true` (the default) adds the
 * directives that only work in the HTTP header.
 */
export function renderPolicy(hashes: PolicyHashes, { header = true } = {}): string {
  return [
    ...DIRECTIVES,
    ...(header ? HEADER_ONLY_DIRECTIVES : []),
    ['script-src', ...SCRIPT_SOURCES, ...sorted(hashes.scripts)].join(' '),
    ['style-src', ...STYLE_SOURCES, ...sorted(hashes.styles)].join(' '),
  ].join('; ');
}

const HASH = /'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g;

/**
 * The script and style hashes in one page's CSP `<meta>` tag (as Astro wrote
 * it), to be merged over all built pages for the header form.
 */
export function hashesInPage(html: string): PolicyHashes {
  const scripts: string[] = [];
  const styles: string[] = [];
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  for (const directive of (meta?.[1] ?? '').split(';')) {
    const [name] = directive.trim().split(/\s+/);
    const found = [...directive.matchAll(HASH)].map((m) => m[1]!);
    if (name === 'script-src' || name === 'script-src-elem') scripts.push(...found);
    if (name === 'style-src' || name === 'style-src-elem') styles.push(...found);
  }
  return { scripts, styles };
}

/** All hashes over a set of built pages. */
export function collectHashes(pages: Iterable<string>): PolicyHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    const found = hashesInPage(html);
    for (const h of found.scripts) scripts.add(h);
    for (const h of found.styles) styles.add(h);
  }
  return { scripts, styles };
}
