import { describe, expect, it } from 'vitest';
import { backupKeyFor, createStore, memoryArea } from '../../src/shared/client/device-storage';
import { sessionsStoreSpec } from '../../src/features/sessie/schema';

const KEY = sessionsStoreSpec.key;
const store = (area = memoryArea()) => createStore(sessionsStoreSpec, area);

describe('the sessions store', () => {
  it('migrates the unversioned v0 draft shape and keeps everything the trainer typed', () => {
    const area = memoryArea();
    const v0 = [
      {
        title: 'Teamdag maart',
        audience: 'Team Noord',
        items: [
          { entry: 'dilemmas/flexibel-versus-grenzen', minutes: 25, notes: 'Eerst kiezen, dan praten' },
          { kind: 'pauze', title: 'Koffie' },
          { entry: 'citaten/doelen-plan-veel-negatief' },
        ],
      },
    ];
    area.setItem(KEY, JSON.stringify(v0));
    const result = store(area).load();
    expect(result.status).toBe('migrated');
    const [session] = result.value.sessions;
    expect(result.value.current).toBe(session!.id);
    expect(session).toMatchObject({
      title: 'Teamdag maart',
      audience: 'Team Noord',
      start: '09:00',
      target: 90,
    });
    expect(session!.items).toMatchObject([
      {
        block: 'dilemma',
        minutes: 25,
        notes: 'Eerst kiezen, dan praten',
        entry: 'dilemmas/flexibel-versus-grenzen',
      },
      { block: 'pauze', minutes: 15, notes: '', title: 'Koffie' },
      { block: 'citaat', minutes: 5, entry: 'citaten/doelen-plan-veel-negatief' },
    ]);
    // Saved back in the current shape, so the next read is plain.
    expect(JSON.parse(area.getItem(KEY)!).v).toBe(1);
    expect(store(area).load().status).toBe('ok');
  });

  for (const [what, raw] of [
    [
      'a v0 list with a broken entry',
      JSON.stringify([{ title: 'x', items: [{ entry: 'dilemmas/../../etc', minutes: 5 }] }]),
    ],
    [
      'a session with a script where the start time belongs',
      JSON.stringify({
        v: 1,
        data: {
          current: null,
          sessions: [
            {
              id: 'a1',
              title: '',
              date: '',
              audience: '',
              goal: '',
              start: '<script>',
              target: 90,
              items: [],
              updated: 0,
            },
          ],
        },
      }),
    ],
    ['a prototype key', '{"v":1,"data":{"current":null,"sessions":[],"__proto__":{"polluted":true}}}'],
    ['another program’s data under our key', JSON.stringify({ theme: 'dark' })],
  ]) {
    it(`sets ${what} aside under the backup key with a Dutch message`, () => {
      const area = memoryArea();
      area.setItem(KEY, raw!);
      const result = store(area).load();
      expect(result.status).toBe('reset');
      expect(result.message).toMatch(
        /^We konden je sessies op dit apparaat niet lezen .* er is niets weggegooid\.$/,
      );
      expect(area.getItem(backupKeyFor(KEY))).toBe(raw);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }
});
