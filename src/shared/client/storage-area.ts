/**
 * Where device data lives, and how the parts of a page hear that it changed.
 * The one way every feature gets a storage area (localArea() for what stays on
 * the device, tabArea() for what ends with the tab) and the one change signal:
 * a CustomEvent per key for the same tab, the `storage` event for other tabs.
 * Tiny and free of Zod and messages, because the "Zet in sessie" script on
 * every page uses it too.
 */
import type { StorageArea } from './device-envelope';

/**
 * A storage area that may have fallen back to memory. `available` is false
 * when the browser refused the real one: the store then reports
 * 'unavailable' instead of pretending the data is kept.
 */
export interface DeviceArea extends StorageArea {
  readonly available: boolean;
}

/** A storage area that lives only in memory (tests, and the fallback below). */
export function memoryArea(): StorageArea {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function browserArea(get: () => Storage): DeviceArea {
  let real: Storage | undefined;
  try {
    // Merely touching window.localStorage, or reading from it, throws where it is blocked.
    real = get();
    real.getItem('werkzaam.sessies');
  } catch {
    real = undefined;
  }
  if (!real) return { ...memoryArea(), available: false };
  const storage = real;
  return {
    available: true,
    getItem: (key) => storage.getItem(key),
    // A full storage throws here; the store reports that as "vol of uitgezet".
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
  };
}

let local: DeviceArea | undefined;
let tab: DeviceArea | undefined;

/** This device's localStorage, or memory (reported as unavailable) when the browser refuses it. */
export function localArea(): DeviceArea {
  return (local ??= browserArea(() => window.localStorage));
}

/** This tab's sessionStorage, or memory (reported as unavailable) when the browser refuses it. */
export function tabArea(): DeviceArea {
  return (tab ??= browserArea(() => window.sessionStorage));
}

/**
 * The same-tab event for one key. The comparison picks keep the name they
 * always had; other stores get one from their key.
 */
export function changeEventName(key: string): string {
  return key === 'werkzaam.vergelijken' ? 'werkzaam:vergelijken' : `werkzaam:opgeslagen:${key}`;
}

/** Tells every part of this page that the data under `key` changed. */
export function notifyChange(key: string): void {
  window.dispatchEvent(new CustomEvent(changeEventName(key)));
}

/** Something that emits `storage` events: `window` in the browser. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
}

/**
 * Calls `onChange` when another tab changed this key (or cleared all storage).
 * Returns a function that stops listening.
 */
export function onOtherTabChange(source: StorageEventSource, key: string, onChange: () => void): () => void {
  const listener = (event: { key: string | null }) => {
    if (event.key === null || event.key === key) onChange();
  };
  source.addEventListener('storage', listener);
  return () => source.removeEventListener('storage', listener);
}

/** Calls `onChange` when the data under `key` changes in this tab or another. */
export function onStoreChange(key: string, onChange: () => void): () => void {
  const name = changeEventName(key);
  window.addEventListener(name, onChange);
  const stop = onOtherTabChange(window, key, onChange);
  return () => {
    window.removeEventListener(name, onChange);
    stop();
  };
}
