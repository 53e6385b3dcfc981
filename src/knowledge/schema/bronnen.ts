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
    namedAs: z
      .array(z.string().trim().min(3, 'A name in namedAs needs at least 3 characters.'))
      .default([])
      .describe(
        'How a text may name this source, e.g. ["Lamers & Möller", "Lamers en Möller"]. An entry whose body or other text uses one of these names must list this source (or, for literature, a document that cites it) in its sources; the build fails otherwise (src/knowledge/citations.ts). Leave out names that are too general to point to one source.',
      ),
  })
  .strict();
