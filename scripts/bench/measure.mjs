// Sizes of a built site: pages, dist/ and search index bytes, the median entry
// page, the heaviest pages (HTML, gzip level 9) and the heaviest JSON payloads
// pages fetch (outside the search index). Used by the benchmark and its smoke test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY_COLLECTIONS = new Set([
  'elementen',
  'dilemmas',
  'citaten',
  'interventies',
  'begrippen',
  'werkkaarten',
]);

function files(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export function measureDist(dist) {
  const all = files(dist);
  const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const path = `/${f
        .slice(dist.length + 1)
        .replace(/index\.html$/, '')
        .split(sep)
        .join('/')}`;
      return { path, gzip: gzipSync(readFileSync(f), { level: 9 }).length };
    });
  const payloads = all
    .filter((f) => f.endsWith('.json') && !f.includes(`${sep}pagefind${sep}`))
    .map((f) => ({
      path: `/${f
        .slice(dist.length + 1)
        .split(sep)
        .join('/')}`,
      gzip: gzipSync(readFileSync(f), { level: 9 }).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const entryPages = pages.filter((p) => {
    const parts = p.path.split('/').filter(Boolean);
    return parts.length === 2 && ENTRY_COLLECTIONS.has(parts[0]);
  });
  const sorted = [...entryPages].sort((a, b) => a.gzip - b.gzip);
  const heaviest = [...pages].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  return {
    pages: pages.length,
    distBytes: bytes(all),
    indexBytes: bytes(all.filter((f) => f.includes(`${sep}pagefind${sep}`))),
    medianEntryGzip: sorted[Math.floor(sorted.length / 2)]?.gzip ?? 0,
    largest: heaviest[0] ?? { path: '-', gzip: 0 },
    heaviest,
    /** Every page by path, for comparing two builds. */
    byPath: Object.fromEntries(pages.map((p) => [p.path, p.gzip])),
    largestPayload: payloads[0] ?? { path: '-', gzip: 0 },
    heaviestPayloads: payloads.slice(0, 5),
  };
}
