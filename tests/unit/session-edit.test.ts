import { describe, expect, it } from 'vitest';
import {
  blankSession,
  entryItem,
  holds,
  lightSessionsCheck,
  toggleEntry,
  type Session,
  type SessionsData,
} from '../../src/features/sessie/basics';
import {
  copySession,
  deleteSession,
  duplicateItem,
  moveItem,
  moveTo,
  putSession,
  removeItem,
} from '../../src/features/sessie/edit';
import { freeItem, sessionsSchema } from '../../src/features/sessie/schema';

function plan(): Session {
  return {
    ...blankSession(1),
    items: [
      entryItem('werkkaarten/gewenste-houding'),
      entryItem('dilemmas/flexibel-versus-grenzen'),
      freeItem('pauze'),
    ],
  };
}
const order = (s: Session) => s.items.map((i) => i.entry ?? i.block);

describe('editing a session plan', () => {
  it('gives entries the block and minutes that fit their kind', () => {
    expect(entryItem('dilemmas/x')).toMatchObject({ block: 'dilemma', minutes: 20, notes: '' });
    expect(entryItem('casussen/x')).toMatchObject({ block: 'casus', minutes: 30 });
    expect(entryItem('citaten/x')).toMatchObject({ block: 'citaat', minutes: 5 });
    expect(entryItem('werkkaarten/x')).toMatchObject({ block: 'uitleg', minutes: 15 });
  });

  it('moves a block up and down, and not past either end', () => {
    const s = plan();
    expect(order(moveItem(s, 1, -1))).toEqual([
      'dilemmas/flexibel-versus-grenzen',
      'werkkaarten/gewenste-houding',
      'pauze',
    ]);
    expect(order(moveItem(s, 1, 1))).toEqual([
      'werkkaarten/gewenste-houding',
      'pauze',
      'dilemmas/flexibel-versus-grenzen',
    ]);
    expect(moveItem(s, 0, -1)).toBe(s);
    expect(moveItem(s, 2, 1)).toBe(s);
  });

  it('drops a dragged block where it is let go', () => {
    expect(order(moveTo(plan(), 2, 0))).toEqual([
      'pauze',
      'werkkaarten/gewenste-houding',
      'dilemmas/flexibel-versus-grenzen',
    ]);
  });

  it('removes and duplicates blocks without changing the original plan', () => {
    const s = plan();
    const key = s.items[1]!.key;
    expect(order(removeItem(s, key))).toEqual(['werkkaarten/gewenste-houding', 'pauze']);
    const doubled = duplicateItem(s, key);
    expect(order(doubled)).toEqual([
      'werkkaarten/gewenste-houding',
      'dilemmas/flexibel-versus-grenzen',
      'dilemmas/flexibel-versus-grenzen',
      'pauze',
    ]);
    expect(doubled.items[2]!.key).not.toBe(key);
    expect(s.items).toHaveLength(3);
  });

  it('copies a session with new ids so the copy and the original stay apart', () => {
    const s = plan();
    const copy = copySession(s, 5, 'Kopie');
    expect(copy.id).not.toBe(s.id);
    expect(copy.title).toBe('Kopie');
    expect(copy.items.map((i) => i.key)).not.toEqual(s.items.map((i) => i.key));
  });

  it('opens another session when the open one is deleted', () => {
    const a = plan();
    const b = { ...plan(), id: 'bbbbbbbb' };
    const data = putSession(putSession({ current: a.id, sessions: [] }, a, 1), b, 2);
    expect(deleteSession(data, a.id)).toEqual({ current: b.id, sessions: [data.sessions[1]] });
    expect(deleteSession(data, b.id).current).toBe(a.id);
  });
});

describe('the "Zet in sessie" toggle', () => {
  it('creates a first session when there is none', () => {
    const data = toggleEntry({ current: null, sessions: [] }, 'citaten/x', 7);
    expect(data.sessions).toHaveLength(1);
    expect(data.current).toBe(data.sessions[0]!.id);
    expect(holds(data, 'citaten/x')).toBe(true);
    expect(sessionsSchema.safeParse(data).success).toBe(true);
  });

  it('adds to the open session and takes it out again on a second press', () => {
    const s = plan();
    const data: SessionsData = { current: s.id, sessions: [s] };
    const added = toggleEntry(data, 'casussen/s-jongen-van-14', 9);
    expect(added.sessions[0]!.items).toHaveLength(4);
    expect(added.sessions[0]!.updated).toBe(9);
    const removed = toggleEntry(added, 'casussen/s-jongen-van-14', 10);
    expect(order(removed.sessions[0]!)).toEqual(order(s));
  });

  it('uses a light check that refuses only what the full schema refuses too', () => {
    const good = { current: null, sessions: [plan()] };
    const refusedByBoth = [
      null,
      [],
      { current: 3, sessions: [] },
      { current: null, sessions: {} },
      { current: null, sessions: [{ id: 'x', items: 'nope' }] },
      { current: null, sessions: [{ id: 'x', items: [1] }] },
      { current: null, sessions: [{ items: [] }] },
    ];
    expect(lightSessionsCheck.safeParse(good).success).toBe(true);
    expect(sessionsSchema.safeParse(good).success).toBe(true);
    for (const value of refusedByBoth) {
      expect(lightSessionsCheck.safeParse(value).success, JSON.stringify(value)).toBe(false);
      expect(sessionsSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });
});
