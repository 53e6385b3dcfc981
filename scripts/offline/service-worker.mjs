// The service worker, generated with Workbox over the built site: everything a
// professional needs on a home visit without signal is precached after the
// first visit; pages are served from that copy, and a new build is offered
// with "Nieuwe versie beschikbaar — vernieuwen" instead of swapping content
// under the reader.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Why this number: the whole knowledge base (≈ 430 pages), its search index and
 * the scripts come to about 6 MB (about half of it over the wire: HTML is sent
 * gzipped, the index is compressed already). 12 MB lets the content double
 * before anything is left out. A larger knowledge base (a trainer's, or the
 * 10,000-entry benchmark) does not fail and does not fill phones: the precache
 * takes what a home visit needs first (precacheOrder) up to this budget, and
 * every page read after that is kept by the runtime cache once visited.
 */
export const PRECACHE_BUDGET_BYTES = 12 * 1024 * 1024;

export const OFFLINE_PAGE = '/offline/index.html';

/** Pages a reader keeps after visiting them, beyond the precache. */
export const VISITED_PAGES_KEPT = 500;

/**
 * What goes into the precache first: 0 the shell (styles, scripts, icons, the
 * manifest, the offline page, the home page and every section page), 1 the
 * search index without its fragments, 2 the fragments (one per page, shown in
 * results), 3 every other page and per-entry file. Within a rank, shallow
 * addresses first, then alphabetical, so two builds choose the same files.
 */
export function precacheRank(url) {
  if (url.startsWith('pagefind/')) return url.endsWith('.pf_fragment') ? 2 : 1;
  if (url.endsWith('.html')) return url.split('/').length <= 2 ? 0 : 3;
  if (url.endsWith('.json')) return url.split('/').length <= 2 ? 0 : 3;
  return 0;
}

/** The manifest entries in precache order, cut where the next one would pass the budget. */
export function withinBudget(entries, budget = PRECACHE_BUDGET_BYTES) {
  const depth = (url) => url.split('/').length;
  const ordered = [...entries].sort(
    (a, b) =>
      precacheRank(a.url) - precacheRank(b.url) ||
      depth(a.url) - depth(b.url) ||
      (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
  const kept = [];
  let total = 0;
  for (const entry of ordered) {
    if (total + entry.size > budget) {
      // The shell must always fit; past it, the rest waits for the runtime cache.
      if (precacheRank(entry.url) > 0) break;
    }
    kept.push(entry);
    total += entry.size;
  }
  return kept;
}

export async function writeServiceWorker(outDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,css,js,svg,png,webmanifest,json}',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.*.pagefind',
      'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}',
    ],
    // Pagefind's ready-made UIs are not used by the site; the worker files are the output itself.
    globIgnores: [
      'sw.js',
      'workbox-*.js',
      'pagefind/pagefind-*ui.*',
      'pagefind/pagefind-highlight.js',
      '404.html',
    ],
    swDest: join(outDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    manifestTransforms: [async (entries) => ({ manifest: withinBudget(entries), warnings: [] })],
    // Every page is static: /zoeken/?q=… and /intervisie/?dilemma=… are the same HTML as without the query.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    // The page asks the reader before a new version takes over (src/scripts/offline.client.ts).
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A page that is not in the precache (a new address, say): the network, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'werkzaam-paginas',
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: VISITED_PAGES_KEPT },
          precacheFallback: { fallbackURL: '/offline/index.html' },
        },
      },
      {
        // Runs inside the service worker, where `self` is its global scope.
        // eslint-disable-next-line no-undef
        urlPattern: ({ url }) => url.origin === self.location.origin,
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'werkzaam-overig', expiration: { maxEntries: 200 } },
      },
    ],
  });
  const swBytes = statSync(join(outDir, 'sw.js')).size;
  return { count, size, swBytes, warnings };
}
