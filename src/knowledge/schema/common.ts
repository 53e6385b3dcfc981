/** Field shapes every collection schema shares: required text, sources, keywords, references. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';

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
