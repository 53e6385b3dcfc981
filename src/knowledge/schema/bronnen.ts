import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../../shared/vocabulary';
import { oneOf, text, refs } from './common';

export const bronnenSchema = z
  .object({
    title: text('title').describe('Title of the publication.'),
    authors: z.array(z.string()).default([]).describe('Authors or organisation, as cited.'),
    year: z.number().int().optional().describe('Year of publication.'),
    publication: z.string().optional().describe('Where it was published (journal, publisher, series).'),
    kind: oneOf(SOURCE_KINDS).describe(
      'document = one of the five source files; literatuur = cited by them; aanvulling = added by the editors, not in or cited by the documents.',
    ),
    file: z.string().optional().describe('For a source document: its file name in shared/sources/.'),
    summary: text('summary').describe('What this source is and what the knowledge base takes from it.'),
    citedIn: refs('bronnen', 'Source documents that cite this publication.'),
  })
  .strict();
