// Starlight's docs collection, read from the folder the benchmark generated.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.PEER_CONTENT_DIR ?? './src/content/docs' }),
    schema: docsSchema(),
  }),
};
