// The peer site of the benchmark: Starlight with the same generated entries as
// Werkzaam's own benchmark build (scripts/bench/peer.mjs writes them) and a
// sidebar of ten links. Folders come from the benchmark through the environment.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const links = JSON.parse(process.env.PEER_SIDEBAR ?? '[]');

export default defineConfig({
  outDir: process.env.PEER_OUT_DIR ?? './dist',
  cacheDir: process.env.PEER_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'Werkzaam (peer benchmark)', sidebar: links })],
  devToolbar: { enabled: false },
});
