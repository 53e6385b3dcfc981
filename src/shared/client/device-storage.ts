/**
 * One small, typed door to data kept on the user's own device (localStorage):
 * session plans, route progress. Shared by every feature that stores anything,
 * so they all behave the same when data is old, corrupt or foreign.
 *
 * Why so careful: what a trainer or newcomer typed is theirs and lives nowhere
 * else. Unreadable data is never silently dropped: it is moved aside under a
 * backup key and the caller gets a Dutch message to show.
 *
 * Stored shape: `{ "v": <version>, "data": <value> }` under one key per store.
 * Pure TypeScript: the storage area and the event source are passed in, so the
 * module runs in unit tests without a browser. The format itself is read and
 * written in device-envelope.ts.
 */
import {
  parseStored,
  storedText,
  type LoadStatus,
  type StorageArea,
  type StoreSpec,
  type Unreadable,
} from './device-envelope';

/** Why stored data could not be read, in the words of the message a user sees. */
const REASONS: Record<Unreadable, (version?: number) => string> = {
  'not-json': () => 'geen leesbare gegevens',
  newer: (version) => `gemaakt door een nieuwere versie van Werkzaam (versie ${version})`,
  'unknown-shape': () => 'een oude of onbekende vorm',
  invalid: () => 'gegevens die niet kloppen',
};

export type { LoadStatus, StorageArea, StoreSpec, Validator } from './device-envelope';

export interface LoadResult<T> {
  value: T;
  status: LoadStatus;
  /** A Dutch message for the user when something was not as expected. */
  message?: string;
  /** Where the unreadable data was put, when status is 'reset'. */
  backupKey?: string;
}

export interface SaveResult {
  ok: boolean;
  message?: string;
}

/** Where unreadable data of a store is kept: one slot, the newest first moved there. */
export function backupKeyFor(key: string): string {
  return `${key}.reservekopie`;
}

/** A storage area that lives only in memory, for when localStorage is unavailable. */
export function memoryArea(): StorageArea {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

export interface DeviceStore<T> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  /** Removes the stored value (not the backup). */
  clear(): void;
  /** Parses a raw stored string the same way load() does, without side effects. */
  parse(raw: string | null): { value: T; status: LoadStatus } | { error: string };
}

export function createStore<T>(spec: StoreSpec<T>, area: StorageArea): DeviceStore<T> {
  function parse(raw: string | null): { value: T; status: LoadStatus } | { error: string } {
    const result = parseStored(raw, spec);
    return 'error' in result ? { error: REASONS[result.error](result.version) } : result;
  }

  function write(value: T): SaveResult {
    try {
      area.setItem(spec.key, storedText(spec.version, value));
      return { ok: true };
    } catch {
      return {
        ok: false,
        message: `Opslaan lukte niet: de opslag van deze browser is vol of uitgezet. Wat je nu ziet, blijft staan zolang dit tabblad open is.`,
      };
    }
  }

  return {
    parse,
    load() {
      let raw: string | null;
      try {
        raw = area.getItem(spec.key);
      } catch {
        return {
          value: spec.empty(),
          status: 'unavailable',
          message: `Deze browser laat Werkzaam niets bewaren (opslag uitgezet of privévenster). Wat je hier doet, blijft alleen staan zolang dit tabblad open is.`,
        };
      }
      const result = parse(raw);
      if (!('error' in result)) {
        if (result.status === 'migrated') write(result.value);
        return result;
      }
      const backupKey = backupKeyFor(spec.key);
      try {
        area.setItem(backupKey, raw ?? '');
        area.removeItem(spec.key);
      } catch {
        // Keep the original in place when it cannot be copied: never lose it.
      }
      return {
        value: spec.empty(),
        status: 'reset',
        backupKey,
        message: `We konden ${spec.label} op dit apparaat niet lezen (${result.error}). Er staat een reservekopie van op dit apparaat en we beginnen opnieuw; er is niets weggegooid.`,
      };
    },
    save(value: T) {
      const checked = spec.schema.safeParse(value);
      if (!checked.success) {
        return {
          ok: false,
          message: `Opslaan lukte niet: ${spec.label} hebben niet de vorm die Werkzaam verwacht.`,
        };
      }
      return write(checked.data);
    },
    clear() {
      try {
        area.removeItem(spec.key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}

/** Something that emits `storage` events: `window` in the browser. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
}

/**
 * Calls `onChange` when another tab changed this store's key (or cleared all
 * storage). Returns a function that stops listening.
 */
export function onOtherTabChange(source: StorageEventSource, key: string, onChange: () => void): () => void {
  const listener = (event: { key: string | null }) => {
    if (event.key === null || event.key === key) onChange();
  };
  source.addEventListener('storage', listener);
  return () => source.removeEventListener('storage', listener);
}
