/**
 * The typed content model of Werkzaam. Every collection lives in its own folder
 * under `content/` (or under WERKZAAM_CONTENT_DIR, which the content tests use to
 * build broken fixtures). Each field carries a `.describe()` so the model reads
 * as its own documentation; `npm run check` and the build enforce it.
 *
 * Astro does not fail on a reference() to an entry that does not exist; the
 * integrity check in src/knowledge/integrity.ts covers that (run from src/knowledge/knowledge.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentFolder, withClearMessages } from './knowledge/content-folder';
import {
  FACTORS,
  INTERVENTIE_KINDS,
  INTERVISIE_ROLES,
  INTERVISIE_SLOTS,
  NJI_STATUSES,
  SETTINGS,
  SPEAKER_ROLES,
  SOURCE_KINDS,
  BLOCK_KINDS,
  WERKKAART_SECTIONS,
} from './shared/vocabulary';
import { ENTRY_KEY } from './features/sessie/entries';
import { COLLECTIONS } from './shared/kinds';
import { parseEntryAddress } from './knowledge/refs';

/** An enum whose error message lists the allowed values, so an author can fix a typo at once. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    // A missing value falls through to the loader's "Required: <field>" message.
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `"${String(issue.input)}" is not allowed here. Use one of: ${values.join(', ')}.`,
  });
}

const text = (what: string) =>
  z
    .string({ error: `Required: ${what}.` })
    .trim()
    .min(1, `Required: ${what} may not be empty.`);

/** Where in a source document an entry's knowledge comes from. */
const sourceRef = z
  .object({
    bron: reference('bronnen').describe('Id of the source document in content/bronnen/.'),
    plaats: text('the section and/or page in that source').describe(
      'Locator within the source: section, heading and page where the text shows one, e.g. "Deel 1, §2.2, p. 19".',
    ),
  })
  .strict();

const sources = z
  .array(sourceRef, { error: 'Required: sources (a list of { bron, plaats }).' })
  .min(1, 'Every entry needs at least one source.')
  .describe('The documents (with section/page) this entry is written from.');

const keywords = z
  .array(z.string())
  .default([])
  .describe('Words and phrases people search with that are not in the title (synonyms, everyday wording).');

const refs = <C extends Parameters<typeof reference>[0]>(collection: C, what: string) =>
  z.array(reference(collection)).default([]).describe(what);

const elementen = defineCollection({
  loader: contentFolder('elementen', '**/*.mdx'),
  schema: z
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
    .strict(),
});

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

const dilemmas = defineCollection({
  loader: contentFolder('dilemmas', '**/*.mdx'),
  schema: z
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
    .strict(),
});

const werkkaarten = defineCollection({
  loader: contentFolder('werkkaarten', '**/*.mdx'),
  schema: z
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
    .strict(),
});

const interventies = defineCollection({
  loader: contentFolder('interventies', '**/*.mdx'),
  schema: z
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
    .strict(),
});

const citaten = defineCollection({
  loader: contentFolder('citaten', '**/*.yaml'),
  schema: z
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
    .strict(),
});

const bronnen = defineCollection({
  loader: contentFolder('bronnen', '**/*.mdx'),
  schema: z
    .object({
      title: text('title').describe('Title of the publication.'),
      authors: z.array(z.string()).default([]).describe('Authors or organisation, as cited.'),
      year: z.number().int().optional().describe('Year of publication.'),
      publication: z.string().optional().describe('Where it was published (journal, publisher, series).'),
      kind: oneOf(SOURCE_KINDS).describe(
        'document = one of the five source files; literatuur = cited by them; aanvulling = added by the editors, not in or cited by the documents.',
      ),
      file: z.string().optional().describe('For a source document: its file name in shared/sources/.'),
      summary: text('summary').describe('What this source is and what the knowledge base takes from it.'),
      citedIn: refs('bronnen', 'Source documents that cite this publication.'),
      namedAs: z
        .array(z.string().trim().min(3, 'A name in namedAs needs at least 3 characters.'))
        .default([])
        .describe(
          'How a text may name this source, e.g. ["Lamers & Möller", "Lamers en Möller"]. An entry whose body or other text uses one of these names must list this source (or, for literature, a document that cites it) in its sources; the build fails otherwise (src/knowledge/citations.ts). Leave out names that are too general to point to one source.',
        ),
    })
    .strict(),
});

const begrippen = defineCollection({
  loader: contentFolder('begrippen', '**/*.mdx'),
  schema: z
    .object({
      title: text('term').describe('The term as professionals use it.'),
      summary: text('short definition').describe('A one-sentence definition in plain Dutch.'),
      terms: z
        .array(z.string().min(3))
        .default([])
        .describe(
          'Words in running text this entry explains, when not just the title (and its part in parentheses).',
        ),
      related: refs('begrippen', 'Other glossary terms to read next.'),
      keywords,
      sources,
    })
    .strict(),
});

const levensgebieden = defineCollection({
  loader: contentFolder('levensgebieden', '**/*.mdx'),
  schema: z
    .object({
      title: text('title').describe('Name of the life domain.'),
      order: z.number().int().describe('Position in the list of seven.'),
      summary: text('summary').describe('What the domain covers.'),
      keywords,
      sources,
    })
    .strict(),
});

const gezinstypen = defineCollection({
  loader: contentFolder('gezinstypen', '**/*.mdx'),
  schema: z
    .object({
      title: text('title').describe('Name of the family type, e.g. "Basis op orde".'),
      order: z.number().int().describe('Position in the typology.'),
      summary: text('summary').describe('Which families these are, in a sentence.'),
      needs: text('what these families need').describe('What help these families need.'),
      elementen: refs('elementen', 'Elements that matter most for these families.'),
      keywords,
      sources,
    })
    .strict(),
});

const casussen = defineCollection({
  loader: contentFolder('casussen', '**/*.mdx'),
  schema: z
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
    .strict(),
});

/**
 * Ready-made training sessions a trainer starts from at /sessie/. An item's
 * `entry` ("dilemmas/<id>") is turned into `{ collection, id }` here, so the
 * integrity check (run in src/features/sessie/entry-index.build.ts) finds a broken one.
 */
const sessiesjablonen = defineCollection({
  loader: contentFolder('sessiesjablonen', '**/*.yaml'),
  schema: z
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
                .transform((value) => {
                  const [collection, id] = value.split('/') as [string, string];
                  return { collection, id };
                })
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
    .strict(),
});

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

const intervisiemethoden = defineCollection({
  loader: contentFolder('intervisiemethoden', '**/*.mdx'),
  schema: z
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
    .strict(),
});

/**
 * The site address of an entry, as an author copies it from the browser
 * ("/werkkaarten/gewenste-houding/", optionally "#dilemmas-kop" for a section of
 * a werkkaart). Parsed into a reference, so the integrity check finds it like
 * any other reference and fails the build when the entry does not exist.
 */
const entryAddress = z
  .string({ error: 'Required: the address of an entry, e.g. /begrippen/iwf-model/.' })
  .transform((value, ctx) => {
    const address = parseEntryAddress(value, COLLECTIONS);
    if (!address) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not the address of an entry. Write it as on the site: /<collection>/<id>/, e.g. /begrippen/iwf-model/, with one of: ${COLLECTIONS.join(', ')}.`,
      });
      return z.NEVER;
    }
    const { section, ...entry } = address;
    if (
      section !== undefined &&
      (entry.collection !== 'werkkaarten' || !Object.hasOwn(WERKKAART_SECTIONS, section))
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `"#${section}" is not a section a route can point to. Only werkkaart pages have sections: ${Object.keys(
          WERKKAART_SECTIONS,
        )
          .map((s) => `#${s}`)
          .join(', ')}.`,
      });
      return z.NEVER;
    }
    return { entry, ...(section ? { section: section as keyof typeof WERKKAART_SECTIONS } : {}) };
  });

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
    explainedIn: entryAddress.describe('The entry where this is explained; the explanation links there.'),
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
      .array(entryAddress)
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
const routes = defineCollection({
  loader: contentFolder('routes', '**/*.yaml'),
  schema: z
    .object({
      title: text('title').describe(
        'The route name as /start/ shows it, e.g. "Eerste week: multistressgezinnen".',
      ),
      shortTitle: text('short title').describe(
        'Two or three words for the route bar on entry pages, e.g. "Eerste week".',
      ),
      audience: text('audience').describe('Who the route is for, in one sentence.'),
      summary: text('summary').describe(
        'What the reader will know after the route, in one or two sentences.',
      ),
      order: z.number().int().default(100).describe('Position on /start/.'),
      steps: z
        .array(routeStep)
        .min(3, 'A route needs at least 3 steps.')
        .max(12, 'A route has at most 12 steps; make a second route instead.')
        .describe(
          'The steps, in reading order. Progress is saved per step number, so add new steps at the end where you can.',
        ),
    })
    .strict(),
});

export const collections = withClearMessages({
  elementen,
  dilemmas,
  werkkaarten,
  interventies,
  citaten,
  bronnen,
  begrippen,
  levensgebieden,
  gezinstypen,
  casussen,
  sessiesjablonen,
  intervisiemethoden,
  routes,
});
