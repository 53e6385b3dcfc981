/**
 * What one intervision keeps while it runs: the timer of every step, when the
 * group started, and the group's notes. It lives in sessionStorage (through the
 * shared device-storage module), so a reload keeps it but closing the tab ends
 * it: notes may hold details of real families and must not outlive the meeting.
 * Never in the URL, never sent anywhere.
 */
// zod/mini: the same checks as zod at a fraction of the bytes, since this runs in the browser.
import { z } from 'zod/mini';
import { createStore, type DeviceStore, type StorageArea } from '../../shared/client/device-storage';
import type { StepTimer } from './timer';

const timerSchema = z.object({
  elapsedMs: z.number().check(z.minimum(0)),
  startedAt: z.nullable(z.number()),
});

const sessionSchema = z.object({
  /** When the first timer was started; planned clock times count from here. */
  startedAt: z.nullable(z.number()),
  /** Step index (as a string key) → timer. */
  timers: z.record(z.string(), timerSchema),
  /** Step index (as a string key) → the group's notes. */
  notes: z.record(z.string(), z.string().check(z.maxLength(20_000))),
});
export type IntervisieSession = z.infer<typeof sessionSchema>;

/** All sessions of this tab, one per dilemma + method. */
const storeSchema = z.record(z.string(), sessionSchema);
export type IntervisieSessions = z.infer<typeof storeSchema>;

export const SESSION_KEY = 'werkzaam.intervisie';

export function emptySession(): IntervisieSession {
  return { startedAt: null, timers: {}, notes: {} };
}

export function sessionKey(dilemma: string, methode: string): string {
  return `${dilemma}|${methode}`;
}

export function createSessionStore(area: StorageArea): DeviceStore<IntervisieSessions> {
  return createStore(
    {
      key: SESSION_KEY,
      version: 1,
      schema: storeSchema,
      empty: () => ({}),
      label: 'de timer en notities van deze intervisie',
    },
    area,
  );
}

export function timerOf(session: IntervisieSession, step: number): StepTimer | undefined {
  return session.timers[String(step)];
}

export function withTimer(session: IntervisieSession, step: number, timer: StepTimer): IntervisieSession {
  return {
    ...session,
    startedAt: session.startedAt ?? timer.startedAt,
    timers: { ...session.timers, [String(step)]: timer },
  };
}

export function withNote(session: IntervisieSession, step: number, text: string): IntervisieSession {
  const notes = { ...session.notes };
  if (text.trim() === '') delete notes[String(step)];
  else notes[String(step)] = text;
  return { ...session, notes };
}

export function withoutNotes(session: IntervisieSession): IntervisieSession {
  return { ...session, notes: {} };
}

export function hasNotes(session: IntervisieSession): boolean {
  return Object.keys(session.notes).length > 0;
}
