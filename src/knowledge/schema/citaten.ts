import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { SPEAKER_ROLES } from '../../shared/vocabulary';
import { oneOf, text, sourceRef, refs } from './common';

export const citatenSchema = z
  .object({
    text: text('the quote, verbatim').describe('The words exactly as the source quotes them.'),
    role: oneOf(SPEAKER_ROLES).describe('Who says it: a role, never a name.'),
    context: z
      .string()
      .optional()
      .describe('The setting, e.g. the way of working or the situation in the family.'),
    theme: reference('werkkaarten').optional().describe('The werkkaart the quote belongs to.'),
    elementen: refs('elementen', 'Elements the quote illustrates.'),
    dilemmas: refs('dilemmas', 'Dilemmas the quote illustrates.'),
    interventies: refs('interventies', 'Interventions or ways of working the quote is about.'),
    source: sourceRef.describe('Where the quote stands.'),
  })
  .strict();
