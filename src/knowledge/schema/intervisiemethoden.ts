import { z } from 'astro/zod';
import { INTERVISIE_ROLES, INTERVISIE_SLOTS } from '../../shared/vocabulary';
import { oneOf, text, sources, keywords } from './common';

const intervisieStep = z
  .object({
    title: text('step title').describe('The step in a few words, e.g. "Informatievragen".'),
    minutes: z
      .number({ error: 'Required: minutes (a whole number of minutes for this step).' })
      .int('Give minutes as a whole number.')
      .min(1, 'A step takes at least 1 minute.')
      .max(60, 'A step takes at most 60 minutes; split a longer step.')
      .describe('Suggested length of the step in minutes; the timer counts down from it.'),
    what: text('what happens in this step').describe(
      'What the group does in this step, in our own words, addressed to the group.',
    ),
    roles: z
      .array(oneOf(INTERVISIE_ROLES))
      .min(1, 'Name at least one role that is active in this step.')
      .describe('Who does the work in this step (shown with the step).'),
    slots: z
      .array(oneOf(INTERVISIE_SLOTS))
      .default([])
      .describe(
        'Which parts of the chosen dilemma this step shows, in this order. Empty: the step works with the case of the inbrenger only.',
      ),
  })
  .strict();

export const intervisiemethodenSchema = z
  .object({
    title: text('title').describe(
      'Name of the method as intervision groups know it, e.g. "Incidentmethode".',
    ),
    summary: text('purpose').describe('One or two sentences: what the method is for (its purpose).'),
    fits: text('when the method fits').describe(
      'When a group picks this method: the kind of question or case.',
    ),
    roles: z
      .object(
        Object.fromEntries(
          INTERVISIE_ROLES.map((role) => [
            role,
            text(`what the ${role} does`).describe(`What the ${role} does.`),
          ]),
        ) as Record<(typeof INTERVISIE_ROLES)[number], ReturnType<typeof text>>,
      )
      .strict()
      .describe('What each role (inbrenger, facilitator, tijdbewaker, deelnemers) does in this method.'),
    steps: z
      .array(intervisieStep)
      .min(5, 'Give at least 5 steps.')
      .max(9, 'Give at most 9 steps; merge smaller ones.')
      .describe('The steps in order, 5–9, each with minutes, roles and the dilemma parts it shows.'),
    order: z.number().int().default(100).describe('Position in the list of methods.'),
    keywords,
    sources: sources.describe(
      'General literature the method is drawn from (these methods do not come from the five source documents).',
    ),
  })
  .strict();
