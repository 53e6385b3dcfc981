/**
 * The smallest shared facts about a session plan: its types, the default
 * minutes per kind of block, how a fresh session and a fresh item look, and
 * adding or removing an entry. No Zod and no DOM here: the "Zet in sessie"
 * button on every content page imports this file, and it must stay tiny
 * (block labels live in vocabulary.ts, entry rules in shared/session-entries.ts).
 * What every page needs just to read the store is in features/sessie/read.ts; this
 * file is loaded there only when someone presses a button.
 */
import type { BlockKind } from '../../shared/vocabulary';
import { splitEntryKey } from '../../shared/entry-address';
import { currentSession, holds, type Session, type SessionItem, type SessionsData } from './read';

export { SESSIONS_KEY, SESSIONS_VERSION, currentSession, holds, lightSessionsCheck } from './read';
export type { Session, SessionItem, SessionsData } from './read';

/** Sensible lengths in minutes, from what a group needs for each kind of block. */
export const DEFAULT_MINUTES: Record<BlockKind, number> = {
  opening: 10,
  uitleg: 15,
  dilemma: 20,
  casus: 30,
  oefening: 20,
  citaat: 5,
  pauze: 15,
  evaluatie: 10,
  vrij: 15,
};

/** The block an entry of a collection starts as. */
export function blockFor(collection: string): BlockKind {
  if (collection === 'dilemmas') return 'dilemma';
  if (collection === 'casussen') return 'casus';
  if (collection === 'citaten') return 'citaat';
  return 'uitleg';
}

/** A short random key; collisions within one session are what matters, and they are negligible. */
export function newKey(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

export function blankSession(now: number, title = 'Mijn sessie'): Session {
  return {
    id: newKey(),
    title,
    date: '',
    audience: '',
    goal: '',
    start: '09:00',
    target: 90,
    items: [],
    updated: now,
  };
}

export function entryItem(entry: string): SessionItem {
  const block = blockFor(splitEntryKey(entry).collection);
  return { key: newKey(), block, minutes: DEFAULT_MINUTES[block], notes: '', entry };
}

/**
 * Adds the entry to the current session (creating one when there is none), or
 * removes it when it is already there. Returns new data; the input is untouched.
 */
export function toggleEntry(data: SessionsData, entry: string, now: number): SessionsData {
  const current = currentSession(data);
  if (!current) {
    const session = { ...blankSession(now), items: [entryItem(entry)] };
    return { current: session.id, sessions: [...data.sessions, session] };
  }
  const items = holds(data, entry)
    ? current.items.filter((item) => item.entry !== entry)
    : [...current.items, entryItem(entry)];
  return {
    ...data,
    sessions: data.sessions.map((s) => (s === current ? { ...s, items, updated: now } : s)),
  };
}
