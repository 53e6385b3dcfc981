/**
 * One small, typed door to data kept on the user's own device (localStorage):
 * session plans, route progress. Shared by every feature that stores anything,
 * so they all behave the same when data is old, corrupt or foreign.
 *
 * Why so careful: what a trainer or newcomer typed is theirs and lives nowhere
 * else. Unreadable data is never silently dropped: it is copied aside under a
 * backup key (the copy checked, one of several slots) and the caller gets a
 * Dutch message to show; when no copy can be made the store leaves the data
 * where it is and refuses to write over it until the user chooses.
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
} from './device-envelope';
import * as say from './storage-messages';

export type { LoadStatus, StorageArea, StoreSpec, Validator } from './device-envelope';
export { memoryArea, onOtherTabChange, type StorageEventSource } from './storage-area';

export interface LoadResult<T> {
  value: T;
  status: LoadStatus;
  /** A Dutch message for the user when something was not as expected. */
  message?: string;
  /** Where the unreadable data was put, when status is 'reset'. */
  backupKey?: string;
  /**
   * The unreadable text itself, when status is 'reset' or 'blocked', so the
   * page can offer it as a file to download.
   */
  unreadable?: string;
}

export interface SaveResult {
  ok: boolean;
  message?: string;
}

/** How many unreadable values a store keeps aside before it refuses to go on. */
export const BACKUP_SLOTS = 3;

/**
 * Where unreadable data of a store is kept. Slot 1 is `<key>.reservekopie`
 * (the name it always had); later slots add a number, so a second unreadable
 * value never lands on top of the first.
 */
export function backupKeyFor(key: string, slot = 1): string {
  return slot === 1 ? `${key}.reservekopie` : `${key}.reservekopie.${slot}`;
}

export interface DeviceStore<T> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  /** Removes the stored value (not the backups): the user chose to start empty. */
  clear(): void;
  /** Parses a raw stored string the same way load() does, without side effects. */
  parse(raw: string | null): { value: T; status: LoadStatus } | { error: string };
}

export function createStore<T>(spec: StoreSpec<T>, area: StorageArea): DeviceStore<T> {
  const fallback = (area as { available?: boolean }).available === false;

  function parse(raw: string | null): { value: T; status: LoadStatus } | { error: string } {
    const result = parseStored(raw, spec);
    return 'error' in result ? { error: say.REASONS[result.error](result.version) } : result;
  }

  function write(value: T): SaveResult {
    try {
      area.setItem(spec.key, storedText(spec.version, value));
      return fallback ? { ok: false, message: say.UNAVAILABLE } : { ok: true };
    } catch {
      return { ok: false, message: say.SAVE_FAILED };
    }
  }

  /**
   * Copies the unreadable text into a free backup slot and checks the copy.
   * Returns the slot's key, or undefined when no copy could be made: then the
   * original must stay exactly where it is.
   */
  function backUp(raw: string): string | undefined {
    for (let slot = 1; slot <= BACKUP_SLOTS; slot++) {
      const key = backupKeyFor(spec.key, slot);
      try {
        const there = area.getItem(key);
        if (there === raw) return key;
        if (there !== null) continue;
        area.setItem(key, raw);
        if (area.getItem(key) === raw) return key;
        area.removeItem(key);
      } catch {
        // Storage full (a value over about half the quota cannot be copied): no slot helps.
        return undefined;
      }
      return undefined;
    }
    return undefined;
  }

  return {
    parse,
    load() {
      let raw: string | null;
      try {
        raw = area.getItem(spec.key);
      } catch {
        return { value: spec.empty(), status: 'unavailable', message: say.UNAVAILABLE };
      }
      const result = parse(raw);
      if (!('error' in result)) {
        if (fallback) return { value: result.value, status: 'unavailable', message: say.UNAVAILABLE };
        if (result.status === 'migrated') write(result.value);
        return result;
      }
      const text = raw ?? '';
      const backupKey = backUp(text);
      if (backupKey === undefined) {
        return {
          value: spec.empty(),
          status: 'blocked',
          unreadable: text,
          message: say.blocked(spec.label, result.error),
        };
      }
      try {
        area.removeItem(spec.key);
      } catch {
        // The copy is safe; the original staying behind does no harm.
      }
      return {
        value: spec.empty(),
        status: 'reset',
        backupKey,
        unreadable: text,
        message: say.backedUp(spec.label, result.error),
      };
    },
    save(value: T) {
      const checked = spec.schema.safeParse(value);
      if (!checked.success) return { ok: false, message: say.saveInvalid(spec.label) };
      // Re-read first: never write over data that is unreadable and not yet safe.
      let raw: string | null = null;
      try {
        raw = area.getItem(spec.key);
      } catch {
        // Unreadable storage: the write below fails too and says so.
      }
      if (raw !== null && 'error' in parse(raw)) return { ok: false, message: say.blockedSave(spec.label) };
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
