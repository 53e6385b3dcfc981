/**
 * Which entries can go in a session, and how a plan refers to one:
 * "collection/id", e.g. "dilemmas/flexibel-versus-grenzen".
 */

/** Collections whose entries a trainer can put in a session (not the source documents). */
export const SESSION_COLLECTIONS = [
  'werkkaarten',
  'elementen',
  'dilemmas',
  'interventies',
  'citaten',
  'casussen',
  'begrippen',
  'levensgebieden',
  'gezinstypen',
] as const;
export type SessionCollection = (typeof SESSION_COLLECTIONS)[number];

/** An entry reference as stored in plans, links and templates. */
export const ENTRY_KEY = new RegExp(`^(${SESSION_COLLECTIONS.join('|')})/[a-z0-9][a-z0-9-]{0,119}$`);

export function collectionOf(entry: string): SessionCollection {
  return entry.slice(0, entry.indexOf('/')) as SessionCollection;
}
