import { describe, expect, it } from 'vitest';
import { createStore, memoryArea, backupKeyFor } from '../../src/shared/client/device-storage';
import {
  PROGRESS_STORE,
  answer,
  answerOf,
  markRead,
  resetRoute,
  summarize,
  visit,
  type Progress,
} from '../../src/features/routes/progress';

const empty: Progress = { routes: {} };

describe('route progress', () => {
  it('counts read steps as "3 van 11 stappen gelezen"', () => {
    let p = markRead(empty, 'eerste-week', 1);
    p = markRead(p, 'eerste-week', 2);
    p = markRead(p, 'eerste-week', 4);
    expect(summarize(p, 'eerste-week', 11).text).toBe('3 van 11 stappen gelezen');
  });

  it('marks a step read once, and can unmark it', () => {
    let p = markRead(empty, 'r', 3);
    p = markRead(p, 'r', 3);
    expect(p.routes['r']!.read).toEqual([3]);
    p = markRead(p, 'r', 3, false);
    expect(summarize(p, 'r', 5).read).toBe(0);
  });

  it('offers to begin at step 1 when nothing was done yet', () => {
    expect(summarize(empty, 'r', 5)).toMatchObject({ continueAt: 1, started: false, read: 0 });
  });

  it('continues at the step the reader last opened when it is not read yet', () => {
    let p = markRead(empty, 'r', 1);
    p = visit(p, 'r', 2);
    expect(summarize(p, 'r', 5).continueAt).toBe(2);
  });

  it('continues at the next unread step after the last one read, wrapping to skipped ones', () => {
    let p = markRead(empty, 'r', 2);
    p = markRead(p, 'r', 3);
    expect(summarize(p, 'r', 4).continueAt).toBe(4);
    p = markRead(p, 'r', 4);
    expect(summarize(p, 'r', 4).continueAt).toBe(1);
    p = markRead(p, 'r', 1);
    expect(summarize(p, 'r', 4).continueAt).toBeUndefined();
  });

  it('ignores read steps beyond the end when a route got shorter', () => {
    const p = markRead(markRead(empty, 'r', 2), 'r', 9);
    expect(summarize(p, 'r', 5).text).toBe('1 van 5 stappen gelezen');
  });

  it('keeps the answer to each check question per route and step', () => {
    let p = answer(empty, 'r', 4, 2, 3);
    p = answer(p, 'andere', 4, 2, 1);
    expect(answerOf(p, 'r', 4, 2)).toBe(3);
    expect(answerOf(p, 'r', 4, 1)).toBeUndefined();
    expect(answerOf(p, 'andere', 4, 2)).toBe(1);
  });

  it('resets one route and leaves the others', () => {
    let p = markRead(empty, 'a', 1);
    p = markRead(p, 'b', 1);
    p = resetRoute(p, 'a');
    expect(summarize(p, 'a', 3)).toMatchObject({ read: 0, started: false });
    expect(summarize(p, 'b', 3).read).toBe(1);
  });

  it('is saved and read back through the device store', () => {
    const area = memoryArea();
    const store = createStore(PROGRESS_STORE, area);
    const p = answer(markRead(empty, 'eerste-week', 1), 'eerste-week', 1, 1, 2);
    expect(store.save(p).ok).toBe(true);
    expect(createStore(PROGRESS_STORE, area).load()).toEqual({ value: p, status: 'ok' });
  });

  it('sets corrupt saved progress aside with a Dutch message instead of crashing', () => {
    const area = memoryArea();
    area.setItem(PROGRESS_STORE.key, JSON.stringify({ v: 1, data: { routes: { r: { read: ['x'] } } } }));
    const result = createStore(PROGRESS_STORE, area).load();
    expect(result.status).toBe('reset');
    expect(result.value).toEqual({ routes: {} });
    expect(result.message).toMatch(/^We konden je voortgang op dit apparaat niet lezen/);
    expect(area.getItem(backupKeyFor(PROGRESS_STORE.key))).toContain('"x"');
  });
});
