import { z } from 'astro/zod';
import { INTERVENTIE_KINDS, NJI_STATUSES, SETTINGS } from '../../shared/vocabulary';
import { oneOf, text, sourceRef, sources, keywords, refs } from './common';

export const interventiesSchema = z
  .object({
    title: text('title').describe('Name of the intervention, method or way of working.'),
    summary: text('summary').describe('One or two sentences: what it is and for whom.'),
    kind: oneOf(INTERVENTIE_KINDS).describe('Catalogue kind.'),
    nji: z
      .object({
        status: oneOf(NJI_STATUSES).describe(
          'opgenomen = in the NJi Databank Effectieve Jeugdinterventies according to the source; niet-vermeld = the source does not say so.',
        ),
        source: sourceRef.describe('The source that says so.'),
      })
      .strict()
      .describe('NJi recognition, exactly as the source gives it.'),
    targetGroup: z.string().optional().describe('Who it is for, including age where known.'),
    age: z
      .string()
      .optional()
      .describe(
        'Age range as the source gives it, e.g. "8 tot 12 jaar"; leave out when the source gives none.',
      ),
    distinctive: z
      .string()
      .optional()
      .describe(
        'What sets it apart from other ways of working, in our own words, only where a source says so (e.g. the article\'s table 1, "unieke eigenschap").',
      ),
    duration: z.string().optional().describe('How long it lasts, as the source gives it.'),
    intensity: z.string().optional().describe('Hours or contacts per week, as the source gives it.'),
    setting: z
      .array(oneOf(SETTINGS))
      .default([])
      .describe('Where it takes place: ambulant, residentieel and/or hybride.'),
    levensgebieden: refs('levensgebieden', 'Life domains it works on.'),
    elementen: refs('elementen', 'Werkzame elementen it supports.'),
    keywords,
    sources,
  })
  .strict();
