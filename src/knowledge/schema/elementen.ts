import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { FACTORS } from '../../shared/vocabulary';
import { oneOf, text, sources, keywords, refs } from './common';

export const elementenSchema = z
  .object({
    title: text('title').describe('A title a professional recognises, as a short sentence or phrase.'),
    summary: text('summary').describe('One or two sentences: what this element means in practice.'),
    factor: oneOf(FACTORS).describe('IWF-model factor group: client, interactie or professional.'),
    theme: reference('werkkaarten')
      .optional()
      .describe('The werkkaart (theme of the Richtlijn) this element belongs to, where it has one.'),
    group: z.string().optional().describe('Sub-group within the theme, e.g. "Regelt één gezin één plan".'),
    order: z.number().int().default(100).describe('Position within its theme or group in lists.'),
    levensgebieden: refs('levensgebieden', 'Life domains this element touches.'),
    dilemmas: refs('dilemmas', 'Tension fields this element is part of.'),
    interventies: refs('interventies', 'Interventions and methods that put this element to work.'),
    citaten: refs('citaten', 'Quotes that illustrate this element.'),
    related: refs('elementen', 'Elements from other sources that say the same or something close.'),
    keywords,
    sources,
  })
  .strict();
