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
 * before anyone must decide what a phone on a home visit should keep; past it
 * the build fails rather than silently filling phones.
 */
export const PRECACHE_BUDGET_BYTES = 12 * 1024 * 1024;

export const OFFLINE_PAGE = '/offline/index.html';

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
