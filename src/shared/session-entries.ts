/**
 * Which entries can go in a session, and how a plan refers to one:
 * "collection/id", e.g. "dilemmas/flexibel-versus-grenzen".
 */

import { COLLECTIONS, type CollectionName } from './kinds';
import { entryKeyPattern, splitEntryKey } from './entry-address';

/** Collections a trainer cannot put in a session: the source documents and the intervision methods. */
const NOT_IN_SESSIONS = ['bronnen', 'intervisiemethoden'] as const;
export type SessionCollection = Exclude<CollectionName, (typeof NOT_IN_SESSIONS)[number]>;

/** Collections whose entries a trainer can put in a session, in the order of COLLECTIONS. */
export const SESSION_COLLECTIONS: readonly SessionCollection[] = COLLECTIONS.filter(
  (name): name is SessionCollection => !(NOT_IN_SESSIONS as readonly string[]).includes(name),
);

/** An entry reference as stored in plans, links and templates. */
export const ENTRY_KEY = entryKeyPattern(SESSION_COLLECTIONS);

export function collectionOf(entry: string): SessionCollection {
  return splitEntryKey(entry).collection as SessionCollection;
}
