import { z } from 'astro/zod';
import { text, sources, keywords, refs } from './common';

export const gezinstypenSchema = z
  .object({
    title: text('title').describe('Name of the family type, e.g. "Basis op orde".'),
    order: z.number().int().describe('Position in the typology.'),
    summary: text('summary').describe('Which families these are, in a sentence.'),
    needs: text('what these families need').describe('What help these families need.'),
    elementen: refs('elementen', 'Elements that matter most for these families.'),
    keywords,
    sources,
  })
  .strict();
