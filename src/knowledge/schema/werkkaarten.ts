import { z } from 'astro/zod';
import { FACTORS } from '../../shared/vocabulary';
import { oneOf, text, sources, keywords } from './common';

export const werkkaartenSchema = z
  .object({
    number: z.number().int().min(1).max(7).describe('Number of the work card in the Richtlijn (1–7).'),
    title: text('title').describe('The card title as the Richtlijn names it.'),
    shortTitle: text('short title').describe(
      'Two to four words for filters and maps, e.g. "Gewenste houding".',
    ),
    question: text('central question').describe('The question the card answers.'),
    factor: oneOf(FACTORS).describe('IWF-model factor group the report places this theme under.'),
    reportTheme: z
      .string()
      .optional()
      .describe('The theme number the report uses in its own order (figure 2), e.g. "IV".'),
    summary: text('summary').describe('What the card is about, in our own words.'),
    inShort: z
      .array(z.string().trim().min(1))
      .min(3, 'Give at least 3 points for "In het kort".')
      .max(5, 'Give at most 5 points for "In het kort"; it must fit a phone screen.')
      .optional()
      .describe('3–5 short points, in our own words, shown as "In het kort" at the top of the card.'),
    keywords,
    sources,
  })
  .strict();
