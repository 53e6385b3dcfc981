import { deflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, memoryArea, type StorageArea } from '../../src/shared/client/device-storage';
import { blankSession, entryItem, type Session } from '../../src/features/sessie/basics';
import { freeItem, sessionsStoreSpec } from '../../src/features/sessie/schema';
import {
  MAX_LINK_CHARS,
  REASONS,
  decodePlan,
  encodePlan,
  exportFile,
  exportName,
  fileMessage,
  importFile,
  linkMessage,
  planFromHash,
} from '../../src/features/sessie/share';

const ENTRIES = [
  'werkkaarten/gewenste-houding',
  'dilemmas/flexibel-versus-grenzen',
  'citaten/doelen-plan-veel-negatief',
  'casussen/s-jongen-van-14',
  'elementen/ruimte-voor-eigen-verhaal',
];

function fortyItems(): Session {
  const items = Array.from({ length: 40 }, (_, i) =>
    i % 8 === 7
      ? { ...freeItem('pauze', `Pauze ${i}`), notes: '' }
      : {
          ...entryItem(ENTRIES[i % ENTRIES.length]!),
          minutes: 5 + i,
          notes: i % 3 ? `Notitie ${i}: “vraag door” — ëïé` : '',
        },
  );
  return {
    ...blankSession(1),
    title: 'Teamdag: spanningsvelden',
    date: '2026-12-03',
    audience: 'Team Noord',
    goal: 'Dilemma’s herkennen',
    start: '13:30',
    target: 180,
    items,
  };
}

/** Makes a link value from any text, the way an attacker would. */
const link = (text: string | Buffer) =>
  deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text).toString('base64url');
const plan = (extra: object) => link(JSON.stringify({ v: 1, t: 'x', i: [], ...extra }));

describe('share links', () => {
  it('round-trips a 40-item plan: ids, order, kinds, minutes, notes and title', async () => {
    const session = fortyItems();
    const value = await encodePlan(session);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(2000);
    const decoded = await decodePlan(value, 99);
    if (!decoded.ok) throw new Error(decoded.message);
    const strip = (s: Session) => ({
      ...s,
      id: '',
      updated: 0,
      items: s.items.map((i) => ({ ...i, key: '' })),
    });
    expect(strip(decoded.session)).toEqual(strip(session));
    expect(decoded.session.id).not.toBe(session.id);
  });

  it('finds the plan in the location hash', () => {
    expect(planFromHash('#plan=abc')).toBe('abc');
    expect(planFromHash('#plan=')).toBe('');
    expect(planFromHash('#inhoud')).toBeUndefined();
  });

  it('keeps script in notes and title as plain text: it is data, never markup', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const decoded = await decodePlan(plan({ t: hostile, i: [{ b: 'vrij', m: 5, n: hostile, t: hostile }] }));
    expect(decoded.ok && decoded.session.title).toBe(hostile);
    expect(decoded.ok && decoded.session.items[0]!.notes).toBe(hostile);
  });
});

describe('malformed, oversized and hostile links', () => {
  let area: StorageArea;
  let before: string | null;
  beforeEach(() => {
    area = memoryArea();
    const store = createStore(sessionsStoreSpec, area);
    const mine = {
      ...blankSession(1),
      title: 'Mijn eigen sessie',
      items: [entryItem('dilemmas/flexibel-versus-grenzen')],
    };
    store.save({ current: mine.id, sessions: [mine] });
    before = area.getItem(sessionsStoreSpec.key);
  });

  const manyZeros = (n: number) => `{"v":1,"t":"x","i":[${Array(n).fill('0').join(',')}]}`;
  const cases: [string, () => string, string][] = [
    ['an empty plan', () => '', REASONS.empty],
    ['a link longer than any plan', () => 'A'.repeat(MAX_LINK_CHARS + 1), REASONS.tooLong],
    ['characters that are not base64url', () => 'abc$%^&*()', REASONS.notBase64],
    ['a cut-off base64 string', () => 'AAAAA', REASONS.notBase64],
    [
      'bytes that are not deflate',
      () => Buffer.from([0xff, 0xff, 0xff, 0xff]).toString('base64url'),
      REASONS.notDeflate,
    ],
    ['a deflate bomb (a megabyte of spaces)', () => link(' '.repeat(1024 * 1024)), REASONS.tooBig],
    ['bytes that are not UTF-8', () => link(Buffer.from([0xc3, 0x28, 0xff])), REASONS.notText],
    ['text that is not JSON', () => link('hallo'), REASONS.notJson],
    ['a JSON list', () => link('[1,2,3]'), REASONS.notJson],
    ['JSON null', () => link('null'), REASONS.notJson],
    ['a plan of a newer version', () => link(JSON.stringify({ v: 2, t: 'x', i: [] })), REASONS.version],
    ['a plan without a version', () => link(JSON.stringify({ t: 'x', i: [] })), REASONS.version],
    ['a version written as text', () => link(JSON.stringify({ v: '1', t: 'x', i: [] })), REASONS.version],
    ['10,000 items', () => link(manyZeros(10_000)), REASONS.tooMany],
    [
      '10,000 real items (too big before counting)',
      () => link(JSON.stringify({ v: 1, t: 'x', i: Array(10_000).fill({ b: 'vrij', m: 5 }) })),
      REASONS.tooBig,
    ],
    ['201 items', () => plan({ i: Array(201).fill({ b: 'vrij', m: 5 }) }), REASONS.tooMany],
    ['an unknown kind of block', () => plan({ i: [{ b: 'toespraak', m: 5 }] }), REASONS.shape],
    [
      'a __proto__ key at the top',
      () => link('{"v":1,"t":"x","i":[],"__proto__":{"polluted":true}}'),
      REASONS.shape,
    ],
    [
      'a __proto__ key in an item',
      () => link('{"v":1,"t":"x","i":[{"b":"vrij","m":5,"__proto__":{"polluted":true}}]}'),
      REASONS.shape,
    ],
    ['a constructor key', () => plan({ constructor: { prototype: { polluted: true } } }), REASONS.shape],
    ['an unknown field', () => plan({ x: 1 }), REASONS.shape],
    ['negative minutes', () => plan({ i: [{ b: 'vrij', m: -5 }] }), REASONS.shape],
    ['a billion minutes', () => plan({ i: [{ b: 'vrij', m: 1e9 }] }), REASONS.shape],
    ['minutes as text', () => plan({ i: [{ b: 'vrij', m: '5' }] }), REASONS.shape],
    [
      'notes longer than allowed',
      () => plan({ i: [{ b: 'vrij', m: 5, n: 'x'.repeat(4001) }] }),
      REASONS.shape,
    ],
    [
      'an entry that climbs out of its folder',
      () => plan({ i: [{ b: 'uitleg', m: 5, e: 'dilemmas/../../admin' }] }),
      REASONS.shape,
    ],
    [
      'a javascript: entry',
      () => plan({ i: [{ b: 'uitleg', m: 5, e: 'javascript:alert(1)' }] }),
      REASONS.shape,
    ],
    [
      'an entry of a collection that cannot be in a session',
      () => plan({ i: [{ b: 'uitleg', m: 5, e: 'bronnen/x' }] }),
      REASONS.shape,
    ],
    ['a title that is a number', () => plan({ t: 5 }), REASONS.shape],
    ['a start time of 25:00', () => plan({ s: '25:00' }), REASONS.shape],
    ['a date that is not a date', () => plan({ d: 'morgen' }), REASONS.shape],
    ['items that are not a list', () => plan({ i: { 0: { b: 'vrij', m: 5 } } }), REASONS.shape],
  ];

  for (const [what, make, reason] of cases) {
    it(`refuses ${what} with one clear message and leaves saved sessions alone`, async () => {
      const result = await decodePlan(make());
      expect(result).toEqual({ ok: false, message: linkMessage(reason) });
      expect(area.getItem(sessionsStoreSpec.key)).toBe(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('says in Dutch what went wrong and that nothing of the trainer’s was touched', () => {
    expect(linkMessage(REASONS.tooMany)).toBe(
      'Deze gedeelde link kunnen we niet openen: een sessie heeft hoogstens 200 onderdelen. Je eigen sessies zijn niet aangeraakt.',
    );
  });
});

describe('export files', () => {
  it('round-trips a session through a .json file without loss', () => {
    const session = fortyItems();
    const result = importFile(exportFile(session), 5);
    if (!result.ok) throw new Error(result.message);
    const withoutKeys = (s: Session) => s.items.map((item) => ({ ...item, key: '' }));
    expect(withoutKeys(result.session)).toEqual(withoutKeys(session));
    expect(result.session.title).toBe(session.title);
    expect(result.session.start).toBe('13:30');
  });

  it('names the file after the session', () => {
    expect(exportName({ ...blankSession(1), title: 'Teamdag: café & ‘dilemma’s’' })).toBe(
      'teamdag-cafe-dilemma-s.werkzaam.json',
    );
    expect(exportName({ ...blankSession(1), title: '!!!' })).toBe('sessie.werkzaam.json');
  });

  for (const [what, text, reason] of [
    ['a file that is not JSON', 'PK\u0003\u0004', REASONS.notJson],
    ['a JSON file of another program', JSON.stringify({ name: 'x', version: '1.0.0' }), REASONS.notJson],
    [
      'an export of a newer version',
      JSON.stringify({ format: 'werkzaam-sessie', v: 2, t: 'x', i: [] }),
      REASONS.version,
    ],
    [
      'an export with a prototype key',
      '{"format":"werkzaam-sessie","v":1,"t":"x","i":[],"__proto__":{"polluted":true}}',
      REASONS.shape,
    ],
    [
      'a file bigger than any session',
      JSON.stringify({ format: 'werkzaam-sessie', v: 1, t: 'x'.repeat(200_000), i: [] }),
      REASONS.tooBig,
    ],
  ]) {
    it(`refuses ${what} with one clear message`, () => {
      expect(importFile(text!)).toEqual({ ok: false, message: fileMessage(reason!) });
    });
  }
});
