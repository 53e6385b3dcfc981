import { z } from 'astro/zod';
import { text, sources, keywords, refs } from './common';

export const begrippenSchema = z
  .object({
    title: text('term').describe('The term as professionals use it.'),
    summary: text('short definition').describe('A one-sentence definition in plain Dutch.'),
    terms: z
      .array(z.string().min(3))
      .default([])
      .describe(
        'Words in running text this entry explains, when not just the title (and its part in parentheses).',
      ),
    related: refs('begrippen', 'Other glossary terms to read next.'),
    keywords,
    sources,
  })
  .strict();
