/**
 * Byte budgets of the built site: a content page must stay light enough for a
 * phone on a home visit (≤ 30 KB gzip on first load, HTML + CSS + JS).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoadAssets, staticImports } from '../../src/lib/page-weight';

const dist = resolve(import.meta.dirname, '../../dist');
const BUDGET = 30 * 1024;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The entry pages of a collection (not tools that live below it, like /interventies/vergelijk/). */
function pages(collection: string): string[] {
  const dir = join(dist, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/${collection}/${d.name}/`)
    .filter((path) => /<article class="entry"/.test(readFileSync(join(dist, path, 'index.html'), 'utf8')));
}

/** The page's assets plus every module their scripts import statically. */
function withImports(assets: string[]): string[] {
  const all = new Set(assets);
  const queue = assets.filter((a) => a.endsWith('.js'));
  while (queue.length > 0) {
    const script = queue.pop()!;
    for (const spec of staticImports(readFileSync(join(dist, script), 'utf8'))) {
      const url = posix.join(posix.dirname(script), spec);
      if (!all.has(url)) {
        all.add(url);
        queue.push(url);
      }
    }
  }
  return [...all];
}

function weigh(path: string) {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const assets = withImports(firstLoadAssets(html));
  const bytes = gz(htmlFile) + assets.reduce((sum, a) => sum + gz(join(dist, a)), 0);
  const scripts = assets.filter((a) => a.endsWith('.js'));
  return { bytes, scripts };
}

describe('byte budgets', () => {
  const entryPages = [
    'elementen',
    'dilemmas',
    'werkkaarten',
    'interventies',
    'begrippen',
    'citaten',
    'casussen',
    'bronnen',
    'levensgebieden',
    'gezinstypen',
  ].flatMap(pages);

  it('weighs every content page at 30 KB gzip or less on first load', () => {
    const over = entryPages
      .map((path) => ({ path, ...weigh(path) }))
      .filter((p) => p.bytes > BUDGET)
      .map((p) => `${p.path}: ${(p.bytes / 1024).toFixed(1)} KB`);
    expect(entryPages.length).toBeGreaterThan(100);
    expect(over).toEqual([]);
  });

  // Script bytes a content page may load: the search bootstrap, plus what a
  // feature adds to its own kind of page (a reader on a phone pays for each).
  // 2048 for the search bootstrap, plus 128 for the page-wide Escape on link
  // previews (WCAG 1.4.13) and the Print button, which share its file.
  const SCRIPT_BUDGET = 2176;
  const FEATURE_SCRIPT_BUDGET: Record<string, number> = {
    // The "Vergelijk" button and tray on intervention pages.
    '/interventies/': 2560,
  };

  it('loads on content pages only small scripts, no framework', () => {
    for (const path of entryPages) {
      const { scripts } = weigh(path);
      expect(scripts.filter((s) => /preact|client\.|signals/.test(s)), path).toEqual([]);
      const bytes = scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0);
      const extra = Object.entries(FEATURE_SCRIPT_BUDGET)
        .filter(([prefix]) => path.startsWith(prefix))
        .reduce((sum, [, budget]) => sum + budget, 0);
      expect(bytes, `${path}: ${scripts.join(', ')}`).toBeLessThan(SCRIPT_BUDGET + extra);
    }
  });

});
