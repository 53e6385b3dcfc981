// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { resolve, sep } from 'node:path';
import { DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/shared/security-policy.ts';
import { contentSafetyPlugin, outsideLinksInMarkdown } from './src/knowledge/safety-plugin.ts';
import stableIslandIds from './scripts/stable-island-ids.mjs';

// Test fixtures build a tiny site from their own content folder into their own
// output folder, so they never touch the real site's dist/ or cache.
const outDir = process.env.WERKZAAM_OUT_DIR ?? './dist';
const cacheDir = process.env.WERKZAAM_CACHE_DIR ?? './node_modules/.astro';
const contentDir = resolve(process.env.WERKZAAM_CONTENT_DIR ?? './content');

export default defineConfig({
  site: 'https://werkzaam.example',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Two content files that end up with the same id must fail the build, not
  // silently replace each other.
  prerenderConflictBehavior: 'error',
  // Entry bodies are not compiled here: the content loader checks them against the
  // allowlist (src/knowledge/safety.ts) and renders them (src/knowledge/body-render.ts).
  // These plugins stay as a second guard should a content file ever reach this
  // pipeline; the site's own .mdx pages (src/pages/) are left alone by them.
  markdown: {
    // Content has no code blocks, and Shiki's colours are inline styles the CSP would block.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [contentSafetyPlugin(contentDir + sep, process.cwd())],
      hastPlugins: [outsideLinksInMarkdown(contentDir + sep)],
    }),
  },
  // sitemap-index.xml lists every page (robots.txt points to it); 404 and the
  // offline fallback (shown only by the service worker) are left out. Island ids are made
  // independent of the checkout's folder, so two builds of one commit are byte-identical.
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.endsWith('/offline/') }),
    stableIslandIds(),
  ],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page (see docs/security.md):
  // Astro adds the hashes of the scripts and styles it emits; no 'unsafe-inline'.
  security: {
    csp: {
      directives: [...DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Scripts and styles always go in their own files, so the policy stays short.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
