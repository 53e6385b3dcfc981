import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../src/shared/client/device-storage';
import {
  SESSION_KEY,
  createSessionStore,
  emptySession,
  hasNotes,
  sessionKey,
  timerOf,
  withNote,
  withTimer,
  withoutNotes,
} from '../../src/features/intervisie/run';

describe('intervision session in this tab', () => {
  it('keeps timers and notes per dilemma and method across a reload of the tab', () => {
    const area = memoryArea();
    let session = withTimer(emptySession(), 2, { elapsedMs: 0, startedAt: 1_000 });
    session = withNote(session, 2, 'Moeder wil geen contact met school.');
    createSessionStore(area).save({ [sessionKey('d', 'm')]: session });
    const loaded = createSessionStore(area).load();
    expect(loaded.status).toBe('ok');
    expect(timerOf(loaded.value['d|m']!, 2)).toEqual({ elapsedMs: 0, startedAt: 1_000 });
    expect(loaded.value['d|m']!.startedAt).toBe(1_000);
  });

  it('clears every note with one call and keeps the timers', () => {
    let session = withNote(withNote(emptySession(), 0, 'a'), 3, 'b');
    session = withTimer(session, 0, { elapsedMs: 5, startedAt: null });
    expect(hasNotes(session)).toBe(true);
    const cleared = withoutNotes(session);
    expect(hasNotes(cleared)).toBe(false);
    expect(timerOf(cleared, 0)).toEqual({ elapsedMs: 5, startedAt: null });
  });

  it('drops a note that is emptied, so "no notes" means none', () => {
    expect(hasNotes(withNote(withNote(emptySession(), 1, 'x'), 1, '  '))).toBe(false);
  });

  it('sets unreadable data aside with a Dutch message instead of failing', () => {
    const area = memoryArea();
    area.setItem(SESSION_KEY, '{not json');
    const loaded = createSessionStore(area).load();
    expect(loaded.status).toBe('reset');
    expect(loaded.value).toEqual({});
    expect(loaded.message).toMatch(/timer en notities van deze intervisie/);
  });
});
