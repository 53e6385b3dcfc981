import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text, sources, keywords, refs } from './common';

const pole = z
  .object({
    label: text('pole label').describe('The pole in a few words, e.g. "Flexibel zijn".'),
    element: reference('elementen')
      .optional()
      .describe('The werkzaam element this pole stands for, where there is one.'),
    pull: text('what pulls towards this pole').describe('Why a professional is drawn to this side.'),
    pitfall: text('the pitfall on this side').describe('What goes wrong when you lean too far this way.'),
  })
  .strict();

export const dilemmasSchema = z
  .object({
    title: text('title').describe('The tension as "pool A versus pool B".'),
    summary: text('summary').describe('One or two sentences: what the tension is about.'),
    theme: reference('werkkaarten').describe('The werkkaart (theme) this tension belongs to.'),
    poleA: pole.describe('Pole A (left, "flexibel zijn").'),
    poleB: pole.describe('Pole B (right, "grenzen stellen").'),
    questions: z
      .array(z.string().min(1))
      .min(3, 'Give at least 3 discussion questions for intervision.')
      .max(5, 'Give at most 5 discussion questions; pick the strongest.')
      .describe('3–5 questions an intervision group can discuss.'),
    citaten: refs('citaten', 'Quotes that show this tension.'),
    order: z.number().int().default(100).describe('Position within its theme in lists.'),
    keywords,
    sources,
  })
  .strict();
