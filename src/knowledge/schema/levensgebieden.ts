import { z } from 'astro/zod';
import { text, sources, keywords } from './common';

export const levensgebiedenSchema = z
  .object({
    title: text('title').describe('Name of the life domain.'),
    order: z.number().int().describe('Position in the list of seven.'),
    summary: text('summary').describe('What the domain covers.'),
    keywords,
    sources,
  })
  .strict();
