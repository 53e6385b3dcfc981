/**
 * How an entry is addressed, written once: the id rule (the content file's
 * name), the "collection/id" key that plans, picks and templates store, and
 * the split back into its parts. Browser code and the build both use it, so it
 * imports nothing from the knowledge base.
 */

/**
 * An entry id is its file name: lowercase words joined by single hyphens.
 * Every id a content file can have passes; a saved value that fails it can
 * never have named a real entry.
 */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer than any file name we would write; bounds what a device or link may hand us. */
export const ENTRY_ID_MAX = 120;

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ENTRY_ID_MAX && ENTRY_ID.test(value);
}

/** "dilemmas" + "flexibel-versus-grenzen" → "dilemmas/flexibel-versus-grenzen". */
export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** "dilemmas/flexibel-versus-grenzen" → { collection: "dilemmas", id: "flexibel-versus-grenzen" }. */
export function splitEntryKey(key: string): { collection: string; id: string } {
  const slash = key.indexOf('/');
  if (slash < 0) return { collection: key, id: '' };
  return { collection: key.slice(0, slash), id: key.slice(slash + 1) };
}

/** A RegExp for "collection/id" keys of the given collections (anchored, id by ENTRY_ID). */
export function entryKeyPattern(collections: readonly string[]): RegExp {
  return new RegExp(
    `^(?:${collections.join('|')})/(?=.{1,${ENTRY_ID_MAX}}$)${ENTRY_ID.source.slice(1, -1)}$`,
  );
}
