/**
 * A glob loader for one flat folder under content/, which first checks the
 * folder's file names (see src/lib/content-files.ts) and fails with a message
 * naming the file when one would be skipped or would collide with another.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkContentFiles, idOf } from '../lib/content-files';

/** Where content lives; the content tests point this at a fixture folder. */
export const CONTENT_DIR = process.env['WERKZAAM_CONTENT_DIR'] ?? './content';

export function contentFolder(collection: string, pattern: '**/*.mdx' | '**/*.yaml'): Loader {
  const base = resolve(CONTENT_DIR, collection);
  const extensions = pattern.endsWith('.mdx') ? ['mdx', 'md'] : ['yaml', 'yml'];
  const inner = glob({
    base,
    pattern: `*.{${extensions.join(',')}}`,
    generateId: ({ entry }) => idOf(entry),
  });
  return {
    name: `werkzaam-${collection}`,
    load: async (context) => {
      let names: string[] = [];
      try {
        names = readdirSync(base);
      } catch {
        // An empty collection has no folder yet; that is fine.
      }
      const problems = checkContentFiles(`content/${collection}`, names, extensions);
      if (problems.length > 0) {
        throw new Error(
          `Content check failed:\n${problems.map((p) => `  ${p.file}\n    ${p.message}`).join('\n')}`,
        );
      }
      await inner.load(context);
    },
  };
}
