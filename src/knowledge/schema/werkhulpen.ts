import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../shared/kinds';
import { parseEntryAddress } from '../links';
import { sources, text } from './common';

/**
 * The interactive aids at /werkhulpen/ (issue #23). One file per aid; the
 * island renders whatever is here, so the content team corrects an aid without
 * touching code. Every question and result text carries its own sources, and
 * `eigenLezing: true` marks wording or a rule that is our reading, not the
 * source's (shown as "onze lezing, niet uit de bron").
 */

/** An entry's site address, parsed into a reference so the integrity check finds a missing entry. */
const entryAddress = z
  .string({ error: 'Required: the address of an entry, e.g. /werkkaarten/gewenste-houding/.' })
  .transform((value, ctx) => {
    const parsed = parseEntryAddress(value, COLLECTIONS);
    if (!('address' in parsed) || parsed.address.section !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          ('message' in parsed ? parsed.message : undefined) ??
          `"${value}" is not the address of an entry. Write it as on the site: /<collection>/<id>/, e.g. /werkkaarten/gewenste-houding/, with one of: ${COLLECTIONS.join(', ')}.`,
      });
      return z.NEVER;
    }
    return { collection: parsed.address.collection, id: parsed.address.id };
  });

const readNext = z
  .array(entryAddress)
  .max(8, 'Give at most 8 addresses to read next; pick the closest.')
  .default([])
  .describe('Entries to read next, as site addresses (/werkkaarten/<id>/, /elementen/<id>/ …).');

const eigenLezing = z
  .boolean()
  .default(false)
  .describe('true when the wording or rule is our own reading, not what the source says; shown as such.');

/** A text the aid shows, with where it comes from. */
const said = z
  .object({
    text: text('text').describe('The text, in our own words (quotes only as „…” with the role).'),
    eigenLezing,
    sources,
  })
  .strict();

const id = z
  .string({ error: 'Required: id.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens for an id.')
  .describe('A short id, unique within the aid, e.g. "langdurig".');

const question = z
  .object({
    id,
    question: text('question').describe('The question, in our own words.'),
    core: z
      .boolean()
      .default(false)
      .describe('Kenmerken only: one of the traits the report calls the core (duration, interwoven, help).'),
    eigenLezing,
    sources,
  })
  .strict();

const field = z
  .object({
    label: text('label').describe('The label of the input field.'),
    hint: z.string().trim().min(1).optional().describe('One line under the label.'),
    maxLength: z.number().int().min(20).max(2000).optional().describe('Most characters the field takes.'),
    eigenLezing,
    sources,
  })
  .strict();

const common = {
  title: text('title').describe('The name of the aid, e.g. "Gezinsverkenner".'),
  summary: text('summary').describe('One or two sentences for the overview and the meta description.'),
  werkkaart: reference('werkkaarten').describe('The werkkaart this aid is built from; it links here.'),
  order: z.number().int().default(100).describe('Position on /werkhulpen/.'),
  intro: said.describe('The opening text on the aid page.'),
  readNext,
  sources,
};

const verkenner = z
  .object({
    kind: z.literal('verkenner').describe('The Gezinsverkenner: life domains, traits and family types.'),
    ...common,
    notADiagnosis: said.describe('Says that the result is no diagnosis.'),
    domainsIntro: said.describe('Above the life domains.'),
    domains: z
      .array(
        z
          .object({
            levensgebied: reference('levensgebieden').describe('The life domain this question is about.'),
            question: text('question').describe('What to look at in this domain, in our own words.'),
            readNext,
            sources,
          })
          .strict(),
      )
      .min(1)
      .describe('One question per life domain, answered zorgen / geen zorgen / weet ik nog niet.'),
    kenmerkenIntro: said.describe('Above the traits.'),
    kenmerken: z.array(question).min(1).describe('Traits of the card, answered ja / nee / weet ik nog niet.'),
    typesIntro: said.describe('Above the family-type questions.'),
    types: z
      .array(
        z
          .object({
            gezinstype: reference('gezinstypen').describe('The family type these signals describe.'),
            priority: z
              .boolean()
              .default(false)
              .describe('When any of its signals is "ja", this type is named first (safety).'),
            signals: z.array(question).min(1).describe('Questions taken from the type’s description.'),
            readNext,
          })
          .strict(),
      )
      .min(1)
      .describe('The family types of the neighbourhood-team typology, each with its signals.'),
    typeRule: said.describe('How the aid picks a type; our reading.'),
    criteria: z
      .object({
        domainCount: z
          .object({
            minimum: z.number().int().min(1).describe('Least domains with concerns, e.g. 6.'),
            of: z.number().int().min(1).describe('Out of how many domains, e.g. 7.'),
            durationKenmerk: id.describe('Id of the kenmerk that says the problems last long.'),
            label: text('label').describe('Whose reading this is, e.g. "Lamers & Möller".'),
            text: text('text').describe('The criterion in our own words.'),
            outcomes: z
              .object({ past: text('past'), open: text('open'), pastNiet: text('pastNiet') })
              .strict()
              .describe('What the result says when it fits, is open, or does not fit.'),
            sources,
          })
          .strict(),
        kenmerken: z
          .object({
            label: text('label').describe('Whose reading this is.'),
            text: text('text').describe('The criterion in our own words.'),
            outcomes: z
              .object({ kern: text('kern'), deels: text('deels'), open: text('open') })
              .strict()
              .describe('All core traits recognised, some, or none (yet).'),
            sources,
          })
          .strict(),
      })
      .strict()
      .describe('The two readings of the sources, shown side by side.'),
  })
  .strict();

const doelen = z
  .object({
    kind: z.literal('doelen').describe('The MAGIE-doelen check.'),
    ...common,
    lettersNote: said.describe('Says where the per-letter questions come from.'),
    goal: field.describe('The goal as the family phrased it.'),
    letters: z
      .array(
        z
          .object({
            letter: z
              .string()
              .regex(/^[A-Z]$/, 'One capital letter.')
              .describe('The letter, e.g. "M".'),
            word: text('word').describe('The word, e.g. "Meetbaar".'),
            questions: z
              .array(said)
              .min(1)
              .describe('Check questions, answered ja / nee / weet ik nog niet.'),
            advice: said.describe('What to ask or change when a question is not yet "ja".'),
          })
          .strict(),
      )
      .min(1)
      .describe('The letters of MAGIE, in order.'),
    followUpIntro: said.describe('Above the follow-up advice.'),
    followUp: z.array(said).min(1).describe('How progress is followed (scaling, evaluation).'),
    scale: field.describe('The scaling question now (1–10).'),
    evaluation: field.describe('When progress is discussed.'),
  })
  .strict();

const reflectie = z
  .object({
    kind: z.literal('reflectie').describe('A reflection list (Goed genoeg ouderschap).'),
    ...common,
    notAVerdict: said.describe('Says that the result is no verdict.'),
    answers: said.describe('How to answer.'),
    groups: z
      .array(
        z
          .object({
            title: text('group title').describe('Heading of the group.'),
            first: z
              .boolean()
              .default(false)
              .describe('The basic criteria: a concern here leads the result.'),
            text: text('group text').describe('One line under the heading.'),
            sources,
            criteria: z
              .array(
                z
                  .object({
                    id,
                    text: text('criterion').describe('The criterion as a question, in our own words.'),
                    help: z.string().trim().min(1).optional().describe('One line of help.'),
                    element: reference('elementen').optional().describe('The element that helps here.'),
                    dilemma: reference('dilemmas').optional().describe('The dilemma that pulls here.'),
                    eigenLezing,
                    sources,
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1)
      .describe('Groups of criteria, in order.'),
    outcomes: z
      .object({ basisZorg: said, bespreken: said, geenZorg: said, leeg: said })
      .strict()
      .describe('What the result says.'),
  })
  .strict();

export const werkhulpenSchema = z
  .discriminatedUnion('kind', [verkenner, doelen, reflectie], {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'kind must be one of: verkenner, doelen, reflectie.' : undefined,
  })
  .describe('An interactive aid at /werkhulpen/<id>/.');
