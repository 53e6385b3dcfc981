import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { entryAddress, text } from './common';

const address = entryAddress('/begrippen/iwf-model/', { sections: true });

const checkQuestion = z
  .object({
    question: text('the question').describe(
      'A question that checks whether the reader understood the texts.',
    ),
    options: z
      .array(z.string().trim().min(1))
      .min(2, 'Give at least 2 options.')
      .max(4, 'Give at most 4 options.')
      .describe('The answers to choose from, in the order they are shown.'),
    answer: z.number().int().min(1).describe('Which option is right, counted from 1 (1 = the first option).'),
    explanation: text('a one-line explanation of the right answer').describe(
      'One line that says why the right answer is right, shown after answering.',
    ),
    explainedIn: address.describe('The entry where this is explained; the explanation links there.'),
    bron: reference('bronnen').describe(
      'Id of the source document in content/bronnen/ the right answer rests on; shown with the explanation.',
    ),
    plaats: text('the section and/or page in that source').describe(
      'Locator within the source, as for any entry\'s sources, e.g. "Deel 1, §2.2".',
    ),
    eigenLezing: z
      .boolean()
      .default(false)
      .describe(
        'true when the right answer is our own reading of the source rather than what the source says; the explanation then says so.',
      ),
  })
  .strict()
  .refine((q) => q.answer <= q.options.length, {
    message: 'answer points to an option that does not exist. Count the options from 1.',
    path: ['answer'],
  });

const routeStep = z
  .object({
    title: text('step title').describe('What this step is about, in a few words.'),
    intro: text('introduction').describe(
      'In our own words: what to look for in these texts and why it matters.',
    ),
    read: z
      .array(address)
      .min(2, 'A step needs at least 2 entries to read.')
      .max(5, 'A step has at most 5 entries to read; split it into two steps.')
      .describe('The entries to read, in order, as site addresses (a werkkaart may get a #section).'),
    reflection: text('a reflection question').describe(
      'One question to think about with your own work in mind.',
    ),
    questions: z
      .array(checkQuestion)
      .min(2, 'A step needs 2 or 3 check questions.')
      .max(3, 'A step has at most 3 check questions.')
      .describe('2–3 multiple-choice questions, "check je begrip".'),
  })
  .strict();

/** Reading routes for newcomers (/start/). A team lead edits these files; no code changes needed. */
export const routesSchema = z
  .object({
    title: text('title').describe(
      'The route name as /start/ shows it, e.g. "Eerste week: multistressgezinnen".',
    ),
    shortTitle: text('short title').describe(
      'Two or three words for the route bar on entry pages, e.g. "Eerste week".',
    ),
    audience: text('audience').describe('Who the route is for, in one sentence.'),
    summary: text('summary').describe('What the reader will know after the route, in one or two sentences.'),
    order: z.number().int().default(100).describe('Position on /start/.'),
    steps: z
      .array(routeStep)
      .min(3, 'A route needs at least 3 steps.')
      .max(12, 'A route has at most 12 steps; make a second route instead.')
      .describe(
        'The steps, in reading order. Progress is saved per step number, so add new steps at the end where you can.',
      ),
  })
  .strict();
