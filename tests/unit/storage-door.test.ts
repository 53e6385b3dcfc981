import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BACKUP_SLOTS,
  backupKeyFor,
  createStore,
  type StorageArea,
} from '../../src/shared/client/device-storage';
import { memoryArea } from '../../src/shared/client/storage-area';

const schema = z.object({ items: z.array(z.string()) });
type Value = z.infer<typeof schema>;
const KEY = 'werkzaam.test';

function store(area: StorageArea) {
  return createStore<Value>(
    { key: KEY, version: 1, schema, empty: () => ({ items: [] }), label: 'je testgegevens' },
    area,
  );
}

/** A storage area with a quota in characters, like a browser's (about 5 MB of UTF-16). */
function quotaArea(quota: number): StorageArea & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const before = map.get(key);
      const extra = key.length + value.length - (before === undefined ? 0 : key.length + before.length);
      if (used() + extra > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

describe('the storage door keeps unreadable data safe', () => {
  it('does not claim a backup it could not make when the unreadable value is over half the quota', () => {
    const area = quotaArea(1000);
    const big = `{"v":1,"data":{"items":"${'x'.repeat(600)}"}}`;
    area.setItem(KEY, big);
    const result = store(area).load();
    expect(result.status).toBe('blocked');
    expect(result.message).not.toMatch(/Er staat een reservekopie/);
    expect(result.message).toMatch(/er kon geen reservekopie van worden gemaakt/);
    expect(result.unreadable).toBe(big);
    expect(area.getItem(KEY)).toBe(big);
    expect(area.getItem(backupKeyFor(KEY))).toBeNull();
  });

  it('does not overwrite data it could not back up, on a later save either', () => {
    const area = quotaArea(1000);
    const big = `{"v":1,"data":{"items":"${'x'.repeat(600)}"}}`;
    area.setItem(KEY, big);
    store(area).load();
    const saved = store(area).save({ items: ['new'] });
    expect(saved.ok).toBe(false);
    expect(saved.message).toMatch(/niet overschreven/);
    expect(area.getItem(KEY)).toBe(big);
  });

  it('writes again once the user has chosen to start empty', () => {
    const area = quotaArea(1000);
    area.setItem(KEY, `{"v":1,"data":{"items":"${'x'.repeat(600)}"}}`);
    store(area).load();
    store(area).clear();
    expect(store(area).save({ items: ['new'] })).toEqual({ ok: true });
  });

  it('keeps a second unreadable value beside the first backup instead of over it', () => {
    const area = memoryArea();
    area.setItem(KEY, '{first');
    expect(store(area).load().backupKey).toBe(backupKeyFor(KEY));
    area.setItem(KEY, '{second');
    expect(store(area).load().backupKey).toBe(backupKeyFor(KEY, 2));
    expect(area.getItem(backupKeyFor(KEY))).toBe('{first');
    expect(area.getItem(backupKeyFor(KEY, 2))).toBe('{second');
  });

  it('refuses to move a bad value aside when every backup slot is taken, and keeps it in place', () => {
    const area = memoryArea();
    for (let slot = 1; slot <= BACKUP_SLOTS; slot++) area.setItem(backupKeyFor(KEY, slot), `{old${slot}`);
    area.setItem(KEY, '{newest');
    const result = store(area).load();
    expect(result.status).toBe('blocked');
    expect(area.getItem(KEY)).toBe('{newest');
    for (let slot = 1; slot <= BACKUP_SLOTS; slot++)
      expect(area.getItem(backupKeyFor(KEY, slot))).toBe(`{old${slot}`);
  });

  it('does not make a second copy of a value it already backed up', () => {
    const area = memoryArea();
    area.setItem(backupKeyFor(KEY), '{same');
    area.setItem(KEY, '{same');
    expect(store(area).load()).toMatchObject({ status: 'reset', backupKey: backupKeyFor(KEY) });
    expect(area.getItem(backupKeyFor(KEY, 2))).toBeNull();
  });

  it('reports a storage that throws on every call as unavailable, reading and writing', () => {
    const throwing: StorageArea = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(store(throwing).load()).toMatchObject({ status: 'unavailable' });
    expect(store(throwing).save({ items: ['a'] }).ok).toBe(false);
    expect(() => store(throwing).clear()).not.toThrow();
  });

  it('reports the memory fallback as unavailable, never as saved', () => {
    const fallback = { ...memoryArea(), available: false };
    const result = store(fallback).load();
    expect(result.status).toBe('unavailable');
    expect(result.message).toMatch(/niets bewaren/);
    const saved = store(fallback).save({ items: ['a'] });
    expect(saved.ok).toBe(false);
    expect(saved.message).toMatch(/niets bewaren/);
    // Within the tab the value is still there, so the page keeps working.
    expect(store(fallback).load().value).toEqual({ items: ['a'] });
  });

  it('says so when a write hits the quota, and keeps what was stored', () => {
    const area = quotaArea(100);
    store(area).save({ items: ['keep'] });
    const saved = store(area).save({ items: ['y'.repeat(200)] });
    expect(saved).toMatchObject({ ok: false });
    expect(saved.message).toMatch(/vol of uitgezet/);
    expect(store(area).load().value).toEqual({ items: ['keep'] });
  });
});
