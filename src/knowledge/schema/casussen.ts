import { z } from 'astro/zod';
import { text, sources, keywords, refs } from './common';

export const casussenSchema = z
  .object({
    title: text('title').describe('Short anonymous title, e.g. "L., meisje van 5".'),
    summary: text('summary').describe('The situation in one or two sentences.'),
    questions: z
      .array(z.string().min(1))
      .min(1, 'Give at least one question for training.')
      .describe('Questions for a training group.'),
    levensgebieden: refs('levensgebieden', 'Life domains with problems in this case.'),
    elementen: refs('elementen', 'Elements this case lets a group practise.'),
    interventies: refs('interventies', 'Ways of working used in the case.'),
    keywords,
    sources,
  })
  .strict();
