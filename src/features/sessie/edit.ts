/**
 * Edits of a session plan as pure functions: each returns a new session and
 * leaves its input alone, so undo is keeping the previous value.
 */
import { newKey, type Session, type SessionItem, type SessionsData } from './basics';

/** Moves the item at `from` by `by` places (−1 up, +1 down); out of range does nothing. */
export function moveItem(session: Session, from: number, by: number): Session {
  const to = from + by;
  if (from < 0 || from >= session.items.length || to < 0 || to >= session.items.length) return session;
  return moveTo(session, from, to);
}

/** Moves the item at `from` to index `to` (drag and drop). */
export function moveTo(session: Session, from: number, to: number): Session {
  if (from === to || from < 0 || from >= session.items.length) return session;
  const items = [...session.items];
  const [item] = items.splice(from, 1);
  items.splice(Math.max(0, Math.min(to, items.length)), 0, item!);
  return { ...session, items };
}

export function removeItem(session: Session, key: string): Session {
  return { ...session, items: session.items.filter((i) => i.key !== key) };
}

/** Puts a copy of the item right after it. */
export function duplicateItem(session: Session, key: string): Session {
  const at = session.items.findIndex((i) => i.key === key);
  if (at < 0) return session;
  const items = [...session.items];
  items.splice(at + 1, 0, { ...session.items[at]!, key: newKey() });
  return { ...session, items };
}

export function updateItem(
  session: Session,
  key: string,
  change: Partial<Omit<SessionItem, 'key'>>,
): Session {
  return { ...session, items: session.items.map((i) => (i.key === key ? { ...i, ...change } : i)) };
}

export function addItem(session: Session, item: SessionItem): Session {
  return { ...session, items: [...session.items, item] };
}

/** A copy of a whole session with new ids, e.g. from a template, a link or "Dupliceren". */
export function copySession(session: Session, now: number, title = session.title): Session {
  return {
    ...session,
    id: newKey(),
    title,
    updated: now,
    items: session.items.map((i) => ({ ...i, key: newKey() })),
  };
}

/** Replaces (or adds) a session in the stored data and stamps it. */
export function putSession(data: SessionsData, session: Session, now: number): SessionsData {
  const stamped = { ...session, updated: now };
  const exists = data.sessions.some((s) => s.id === session.id);
  return {
    ...data,
    sessions: exists
      ? data.sessions.map((s) => (s.id === session.id ? stamped : s))
      : [...data.sessions, stamped],
  };
}

export function deleteSession(data: SessionsData, id: string): SessionsData {
  const sessions = data.sessions.filter((s) => s.id !== id);
  return { current: data.current === id ? (sessions[0]?.id ?? null) : data.current, sessions };
}
