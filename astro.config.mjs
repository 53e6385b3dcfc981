// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// Test fixtures build a tiny site from their own content folder into their own
// output folder, so they never touch the real site's dist/ or cache.
const outDir = process.env.WERKZAAM_OUT_DIR ?? './dist';
const cacheDir = process.env.WERKZAAM_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: 'https://werkzaam.example',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Two content files that end up with the same id must fail the build, not
  // silently replace each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  // Scripts and styles always go in their own files: the site will run under a
  // Content-Security-Policy without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
