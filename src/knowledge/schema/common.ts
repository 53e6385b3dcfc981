/** Field shapes every collection schema shares: required text, sources, keywords, references. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../shared/kinds';
import { WERKKAART_SECTIONS } from '../../shared/vocabulary';
import { parseEntryAddress } from '../links';

/** An enum whose error message lists the allowed values, so an author can fix a typo at once. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    // A missing value falls through to the loader's "Required: <field>" message.
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `"${String(issue.input)}" is not allowed here. Use one of: ${values.join(', ')}.`,
  });
}

export const text = (what: string) =>
  z
    .string({ error: `Required: ${what}.` })
    .trim()
    .min(1, `Required: ${what} may not be empty.`);

/** Where in a source document an entry's knowledge comes from. */
export const sourceRef = z
  .object({
    bron: reference('bronnen').describe('Id of the source document in content/bronnen/.'),
    plaats: text('the section and/or page in that source').describe(
      'Locator within the source: section, heading and page where the text shows one, e.g. "Deel 1, §2.2, p. 19".',
    ),
  })
  .strict();

export const sources = z
  .array(sourceRef, { error: 'Required: sources (a list of { bron, plaats }).' })
  .min(1, 'Every entry needs at least one source.')
  .describe('The documents (with section/page) this entry is written from.');

export const keywords = z
  .array(z.string())
  .default([])
  .describe('Words and phrases people search with that are not in the title (synonyms, everyday wording).');

export const refs = <C extends Parameters<typeof reference>[0]>(collection: C, what: string) =>
  z.array(reference(collection)).default([]).describe(what);

type WerkkaartSection = keyof typeof WERKKAART_SECTIONS;

/**
 * The site address of an entry, as an author copies it from the browser
 * ("/werkkaarten/gewenste-houding/", and where `sections` allows it
 * "#dilemmas-kop" for a section of a werkkaart). Parsed by the body-link rules
 * (same "did you mean" message) into a reference, so the integrity check finds
 * it like any other reference and fails the build when the entry does not exist.
 */
export function entryAddress(example: string, { sections }: { sections: boolean }) {
  return z
    .string({ error: `Required: the address of an entry, e.g. ${example}.` })
    .transform((value, ctx) => {
      const parsed = parseEntryAddress(value, COLLECTIONS);
      if (!('address' in parsed)) {
        ctx.addIssue({
          code: 'custom',
          message:
            parsed.message ??
            `"${value}" is not the address of an entry. Write it as on the site: /<collection>/<id>/, e.g. ${example}, with one of: ${COLLECTIONS.join(', ')}.`,
        });
        return z.NEVER;
      }
      const { section, ...entry } = parsed.address;
      if (
        section !== undefined &&
        (!sections || entry.collection !== 'werkkaarten' || !Object.hasOwn(WERKKAART_SECTIONS, section))
      ) {
        ctx.addIssue({
          code: 'custom',
          message: sections
            ? `"#${section}" is not a section this field can point to. Only werkkaart pages have sections: ${Object.keys(
                WERKKAART_SECTIONS,
              )
                .map((s) => `#${s}`)
                .join(', ')}.`
            : `"#${section}" points into a page; this field takes the address of the entry itself. Remove "#${section}".`,
        });
        return z.NEVER;
      }
      return { entry, ...(section ? { section: section as WerkkaartSection } : {}) };
    });
}
