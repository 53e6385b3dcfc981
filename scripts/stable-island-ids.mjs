// Island ids that do not depend on where the repository lies on disk.
//
// Astro names every island (<astro-island uid="…">) with a hash of, among other
// things, the component's absolute file path (astro/dist/runtime/server/render/
// component.js). The same commit built in two folders (a fresh clone, CI, a
// teammate's checkout) then gives pages that differ in that attribute only. The
// browser side never reads the uid (Astro keeps it for hot reload in dev), so
// after the build each one is replaced by a hash of the island itself: its
// opening tag without the uid (component file with its content hash, props,
// directive) and, for identical islands on one page, their order.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND = /<astro-island uid="[^"]*"([^>]*)>/g;

/** `html` with every island uid replaced by one that depends only on the page's own markup. */
export function stabiliseIslandIds(html) {
  const seen = new Map();
  return html.replace(ISLAND, (_, rest) => {
    const n = seen.get(rest) ?? 0;
    seen.set(rest, n + 1);
    const uid = createHash('sha256').update(`${rest}\n${n}`).digest('base64url').slice(0, 8);
    return `<astro-island uid="${uid}"${rest}>`;
  });
}

/** Rewrites every built HTML page under `dir`; returns how many pages changed. */
export function stabiliseIslandIdsIn(dir) {
  let changed = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('<astro-island')) continue;
    const stable = stabiliseIslandIds(html);
    if (stable !== html) {
      writeFileSync(path, stable);
      changed += 1;
    }
  }
  return changed;
}

/** The Astro integration: runs once the pages are written, before the search index and the service worker. */
export default function stableIslandIds() {
  return {
    name: 'werkzaam-stable-island-ids',
    hooks: {
      'astro:build:done': ({ dir }) => {
        stabiliseIslandIdsIn(fileURLToPath(dir));
      },
    },
  };
}
