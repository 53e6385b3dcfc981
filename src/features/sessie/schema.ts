/**
 * The Zod shape of session plans, checked on every read of the device store,
 * every shared link and every imported file, and the migration from the
 * unversioned draft shape (v0). Pure: no DOM, no Astro.
 */
import { z } from '../../shared/zod';
import { ENTRY_KEY } from '../../shared/session-entries';
import { BLOCK_KINDS } from '../../shared/vocabulary';
import {
  DEFAULT_MINUTES,
  SESSIONS_VERSION,
  entryItem,
  newKey,
  type Session,
  type SessionItem,
  type SessionsData,
} from './basics';

/** Limits that keep a plan printable and a hostile payload harmless. */
export const LIMITS = {
  items: 200,
  sessions: 100,
  title: 200,
  audience: 300,
  goal: 2000,
  notes: 4000,
  minutes: 600,
  target: 1440,
} as const;

const KEY = /^[a-z0-9]{1,40}$/;

export const itemSchema = z.strictObject({
  key: z.string().regex(KEY),
  block: z.enum(BLOCK_KINDS),
  minutes: z.number().int().min(0).max(LIMITS.minutes),
  notes: z.string().max(LIMITS.notes),
  entry: z.string().regex(ENTRY_KEY).optional(),
  title: z.string().max(LIMITS.title).optional(),
}) satisfies z.ZodType<SessionItem>;

export const sessionSchema = z.strictObject({
  id: z.string().regex(KEY),
  title: z.string().max(LIMITS.title),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  audience: z.string().max(LIMITS.audience),
  goal: z.string().max(LIMITS.goal),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  target: z.number().int().min(0).max(LIMITS.target),
  items: z.array(itemSchema).max(LIMITS.items),
  updated: z.number().int().min(0),
}) satisfies z.ZodType<Session>;

export const sessionsSchema = z
  .strictObject({
    current: z.string().regex(KEY).nullable(),
    sessions: z.array(sessionSchema).max(LIMITS.sessions),
  })
  .refine((data) => new Set(data.sessions.map((s) => s.id)).size === data.sessions.length, {
    message: 'two sessions share an id',
  }) satisfies z.ZodType<SessionsData>;

export const emptySessions = (): SessionsData => ({ current: null, sessions: [] });

/**
 * v0 is the draft shape from before the store had versions: a bare array of
 * `{ title, items: [{ entry?, kind?, minutes?, notes?, title? }] }`, no ids,
 * no start time or target. Everything a trainer typed is carried over; what is
 * missing gets the defaults. Returns undefined for anything else.
 */
export function migrateSessions(data: unknown, from: number | undefined): unknown {
  if (from !== undefined || !Array.isArray(data)) return undefined;
  const sessions = data.map((raw): unknown => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const old = raw as Record<string, unknown>;
    const items = Array.isArray(old['items']) ? old['items'] : [];
    return {
      id: newKey(),
      title: typeof old['title'] === 'string' ? old['title'] : 'Sessie',
      date: typeof old['date'] === 'string' ? old['date'] : '',
      audience: typeof old['audience'] === 'string' ? old['audience'] : '',
      goal: typeof old['goal'] === 'string' ? old['goal'] : '',
      start: '09:00',
      target: 90,
      updated: 0,
      items: items.map((rawItem: unknown) => migrateItem(rawItem)),
    };
  });
  const first = sessions[0] as { id?: unknown } | undefined;
  return { current: typeof first?.id === 'string' ? first.id : null, sessions };
}

function migrateItem(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const old = raw as Record<string, unknown>;
  const entry = typeof old['entry'] === 'string' ? old['entry'] : undefined;
  const base: SessionItem = entry && ENTRY_KEY.test(entry) ? entryItem(entry) : freeItem('vrij');
  const block = BLOCK_KINDS.find((b) => b === old['kind']) ?? base.block;
  const item: Record<string, unknown> = {
    key: base.key,
    block,
    minutes: typeof old['minutes'] === 'number' ? old['minutes'] : DEFAULT_MINUTES[block],
    notes: typeof old['notes'] === 'string' ? old['notes'] : '',
  };
  if (entry !== undefined) item['entry'] = entry;
  if (typeof old['title'] === 'string') item['title'] = old['title'];
  return item;
}

export function freeItem(block: SessionItem['block'], title?: string): SessionItem {
  const item: SessionItem = { key: newKey(), block, minutes: DEFAULT_MINUTES[block], notes: '' };
  if (title !== undefined) item.title = title;
  return item;
}

/** The spec for createStore() in src/shared/client/device-storage.ts. */
export const sessionsStoreSpec = {
  key: 'werkzaam.sessies',
  version: SESSIONS_VERSION,
  schema: sessionsSchema,
  empty: emptySessions,
  migrate: migrateSessions,
  label: 'je sessies',
};
