import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupKeyFor,
  createStore,
  memoryArea,
  onOtherTabChange,
  type StorageArea,
} from '../../src/shared/client/device-storage';
import { parseStored, storedText } from '../../src/shared/client/device-envelope';

const schema = z.object({ items: z.array(z.string()) });
type Value = z.infer<typeof schema>;

function store(area: StorageArea = memoryArea()) {
  return createStore<Value>(
    {
      key: 'werkzaam.test',
      version: 2,
      schema,
      empty: () => ({ items: [] }),
      label: 'je testgegevens',
      // Version 1 stored a bare array; anything else cannot be migrated.
      migrate: (data, from) => (from === 1 && Array.isArray(data) ? { items: data } : undefined),
    },
    area,
  );
}

describe('device storage', () => {
  it('starts empty when nothing is stored', () => {
    expect(store().load()).toEqual({ value: { items: [] }, status: 'empty' });
  });

  it('gives back exactly what was saved', () => {
    const area = memoryArea();
    expect(store(area).save({ items: ['a', 'b'] })).toEqual({ ok: true });
    expect(store(area).load()).toEqual({ value: { items: ['a', 'b'] }, status: 'ok' });
    expect(area.getItem('werkzaam.test')).toBe('{"v":2,"data":{"items":["a","b"]}}');
  });

  it('migrates an older version and saves it in the new shape', () => {
    const area = memoryArea();
    area.setItem('werkzaam.test', JSON.stringify({ v: 1, data: ['x'] }));
    expect(store(area).load()).toEqual({ value: { items: ['x'] }, status: 'migrated' });
    expect(JSON.parse(area.getItem('werkzaam.test')!)).toEqual({ v: 2, data: { items: ['x'] } });
  });

  for (const [what, raw] of [
    ['text that is not JSON', '{nope'],
    ['data of the wrong shape', JSON.stringify({ v: 2, data: { items: [1, 2] } })],
    ['an unknown old shape', JSON.stringify({ something: 'else' })],
    ['data from a newer version', JSON.stringify({ v: 9, data: { items: [] } })],
  ] as const) {
    it(`sets ${what} aside under a backup key, with a Dutch message, and starts empty`, () => {
      const area = memoryArea();
      area.setItem('werkzaam.test', raw);
      const result = store(area).load();
      expect(result.status).toBe('reset');
      expect(result.value).toEqual({ items: [] });
      expect(result.message).toMatch(/^We konden je testgegevens op dit apparaat niet lezen .*reservekopie/);
      expect(area.getItem(backupKeyFor('werkzaam.test'))).toBe(raw);
      expect(area.getItem('werkzaam.test')).toBeNull();
    });
  }

  it('refuses to save a value that does not fit the schema and keeps what was stored', () => {
    const area = memoryArea();
    store(area).save({ items: ['keep'] });
    const result = store(area).save({ items: [42] } as unknown as Value);
    expect(result.ok).toBe(false);
    expect(store(area).load().value).toEqual({ items: ['keep'] });
  });

  it('says so when the browser does not allow storage at all', () => {
    const blocked: StorageArea = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {},
    };
    const result = store(blocked).load();
    expect(result.status).toBe('unavailable');
    expect(result.message).toContain('privévenster');
    expect(store(blocked).save({ items: [] }).message).toContain('Opslaan lukte niet');
  });

  it('tells about changes made in another tab to its own key only', () => {
    const listeners: ((event: { key: string | null }) => void)[] = [];
    const source = {
      addEventListener: (_: 'storage', l: (event: { key: string | null }) => void) => listeners.push(l),
      removeEventListener: () => listeners.pop(),
    };
    let calls = 0;
    const stop = onOtherTabChange(source, 'werkzaam.test', () => calls++);
    const fire = (key: string | null) => listeners.forEach((listener) => listener({ key }));
    fire('werkzaam.other');
    fire('werkzaam.test');
    fire(null);
    expect(calls).toBe(2);
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('the stored format on its own (for page-wide scripts)', () => {
  const spec = { version: 2, schema, empty: () => ({ items: [] }) };

  it('reads what a store wrote and writes what a store reads', () => {
    const area = memoryArea();
    store(area).save({ items: ['a'] });
    expect(parseStored(area.getItem('werkzaam.test'), spec)).toEqual({
      value: { items: ['a'] },
      status: 'ok',
    });
    area.setItem('werkzaam.test', storedText(2, { items: ['b'] }));
    expect(store(area).load()).toEqual({ value: { items: ['b'] }, status: 'ok' });
  });

  it('says why it cannot read, and changes nothing', () => {
    const area = memoryArea();
    area.setItem('werkzaam.test', '{"v":9,"data":{}}');
    expect(parseStored(area.getItem('werkzaam.test'), spec)).toEqual({ error: 'newer', version: 9 });
    expect(parseStored('{kapot', spec)).toEqual({ error: 'not-json' });
    expect(parseStored('{"v":1,"data":[]}', spec)).toEqual({ error: 'unknown-shape' });
    expect(parseStored('{"v":2,"data":{"items":[1]}}', spec)).toEqual({ error: 'invalid' });
    expect(area.getItem('werkzaam.test')).toBe('{"v":9,"data":{}}');
  });
});
