import { z } from 'astro/zod';
import { BLOCK_KINDS } from '../../shared/vocabulary';
import { ENTRY_KEY } from '../../shared/session-entries';
import { splitEntryKey } from '../../shared/entry-address';
import { oneOf, text } from './common';

/**
 * Ready-made training sessions a trainer starts from at /sessie/. An item's
 * `entry` ("dilemmas/<id>") is turned into `{ collection, id }` here, so the
 * integrity check (run in src/features/sessie/entry-index.build.ts) finds a broken one.
 */
export const sessiesjablonenSchema = z
  .object({
    title: text('title').describe('The session as a trainer would announce it, with its length.'),
    summary: text('summary').describe('One or two sentences: for whom and what the group takes home.'),
    audience: z.string().default('').describe('Who the session is for, e.g. "Nieuwe hulpverleners".'),
    goal: text('goal').describe('What participants can do or see differently afterwards.'),
    target: z.number().int().min(15).max(480).describe('Planned length in minutes.'),
    order: z.number().int().default(100).describe('Position in the list of templates.'),
    items: z
      .array(
        z
          .object({
            block: oneOf(BLOCK_KINDS).describe('What the block is for (opening, uitleg, dilemma, …).'),
            minutes: z.number().int().min(0).max(240).describe('Length of the block in minutes.'),
            entry: z
              .string()
              .regex(
                ENTRY_KEY,
                'Write an entry as "<collection>/<id>", e.g. "dilemmas/flexibel-versus-grenzen".',
              )
              .transform(splitEntryKey)
              .optional()
              .describe('The entry the block is about, as "<collection>/<id>".'),
            title: z.string().optional().describe('Title of a block without an entry (opening, pauze, …).'),
            notes: z.string().default('').describe("The trainer's notes: how to run this block."),
          })
          .strict()
          .refine((item) => item.entry !== undefined || item.title !== undefined, {
            message: 'A block needs an entry or a title. Add entry: "<collection>/<id>" or title: "…".',
          }),
      )
      .min(2, 'A template needs at least two blocks.')
      .describe('The blocks of the session, in order.'),
  })
  .strict();
