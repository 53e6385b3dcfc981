/**
 * Reading the sessions store on every page: its key and version, which
 * session the buttons add to, whether an entry is in it, and the light shape
 * check. The smallest part of the session model, loaded on every page for the
 * header counter and the buttons' state; adding and removing
 * (features/sessie/basics.ts) loads only when a button is pressed.
 */
import type { BlockKind } from '../../shared/vocabulary';

// The plan's types live in this, the smallest file, so features/sessie/basics.ts
// imports from here and never the other way round.
export interface SessionItem {
  /** Stable key of this block within the session (for reordering and undo). */
  key: string;
  block: BlockKind;
  minutes: number;
  notes: string;
  /** The entry this block is about ("collection/id"); absent for free blocks. */
  entry?: string | undefined;
  /** The block's own title; free blocks have one, entry blocks use the entry's title. */
  title?: string | undefined;
}

export interface Session {
  id: string;
  title: string;
  /** YYYY-MM-DD or empty. */
  date: string;
  audience: string;
  goal: string;
  /** Start time, HH:MM. */
  start: string;
  /** Target length in minutes. */
  target: number;
  items: SessionItem[];
  /** Last change, milliseconds since 1970. */
  updated: number;
}

export interface SessionsData {
  /** The session the "Zet in sessie" buttons add to. */
  current: string | null;
  sessions: Session[];
}

/** The localStorage key and version of the sessions store. */
export const SESSIONS_KEY = 'werkzaam.sessies';
export const SESSIONS_VERSION = 1;

/** The session the buttons add to: the current one, else none. */
export function currentSession(data: SessionsData): Session | undefined {
  return data.sessions.find((s) => s.id === data.current);
}

/** Is this entry in the current session? */
export function holds(data: SessionsData, entry: string): boolean {
  return currentSession(data)?.items.some((item) => item.entry === entry) ?? false;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The light check the page-wide button script uses instead of Zod (too heavy
 * for every page): just enough shape to add or remove an item safely. It is
 * never stricter than the full schema in features/sessie/schema.ts, so anything it
 * refuses the builder refuses too, and rescues with a backup and a message.
 */
export const lightSessionsCheck = {
  safeParse(data: unknown): { success: true; data: SessionsData } | { success: false } {
    const ok =
      isObject(data) &&
      (data['current'] === null || typeof data['current'] === 'string') &&
      Array.isArray(data['sessions']) &&
      data['sessions'].every(
        (s) =>
          isObject(s) &&
          typeof s['id'] === 'string' &&
          Array.isArray(s['items']) &&
          s['items'].every(isObject),
      );
    return ok ? { success: true, data: data as unknown as SessionsData } : { success: false };
  },
};
