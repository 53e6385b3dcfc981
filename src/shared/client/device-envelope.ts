/**
 * The stored format of src/shared/client/device-storage.ts, reading and writing one
 * value: `{ "v": <version>, "data": <value> }`. createStore() is built on these
 * two functions; a script on every page (the "Zet in sessie" button) uses them
 * alone, so it shares the one format without carrying the store's messages and
 * recovery code. Reading never writes: recovery stays with createStore().load().
 */
// The store's types live here, at the lowest level, so device-storage.ts
// imports from this file and never the other way round.
/** The part of the Web Storage API this module uses (window.localStorage fits). */
export interface StorageArea {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the store needs of a schema: Zod schemas fit, and so does a tiny
 * hand-written check, for scripts on every content page where Zod's bytes
 * would be too heavy.
 */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface StoreSpec<T> {
  /** The localStorage key, e.g. `werkzaam.sessies`. */
  key: string;
  /** The current version of the stored shape; bump it when the shape changes. */
  version: number;
  /** Validates the data on every read and before every write. */
  schema: Validator<T>;
  /** The value to start with when nothing is stored (or it had to be set aside). */
  empty: () => T;
  /**
   * Turns data of an older version (or, with `from` undefined, data without an
   * envelope) into something the schema may accept. Return undefined when it
   * cannot be migrated; the data is then backed up and the store starts empty.
   */
  migrate?: (data: unknown, from: number | undefined) => unknown;
  /** What the user calls this data, for messages: "je sessies", "je voortgang". */
  label: string;
}

export type LoadStatus = 'ok' | 'empty' | 'migrated' | 'reset' | 'blocked' | 'unavailable';

function isEnvelope(value: unknown): value is { v: number; data: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Number.isInteger((value as { v?: unknown }).v) &&
    'data' in value
  );
}

/**
 * Why stored data cannot be read, as a code: the Dutch words are in
 * device-storage.ts (REASONS), so a page-wide script does not carry them.
 */
export type Unreadable = 'not-json' | 'newer' | 'unknown-shape' | 'invalid';

/** Parses a raw stored string: the value, or why it cannot be read. */
export function parseStored<T>(
  raw: string | null,
  spec: Pick<StoreSpec<T>, 'version' | 'schema' | 'empty' | 'migrate'>,
): { value: T; status: LoadStatus } | { error: Unreadable; version?: number } {
  if (raw === null) return { value: spec.empty(), status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: 'not-json' };
  }
  let data: unknown;
  let status: LoadStatus = 'ok';
  if (isEnvelope(json) && json.v === spec.version) {
    data = json.data;
  } else if (isEnvelope(json) && json.v > spec.version) {
    return { error: 'newer', version: json.v };
  } else {
    if (!spec.migrate) return { error: 'unknown-shape' };
    data = spec.migrate(isEnvelope(json) ? json.data : json, isEnvelope(json) ? json.v : undefined);
    if (data === undefined) return { error: 'unknown-shape' };
    status = 'migrated';
  }
  const checked = spec.schema.safeParse(data);
  if (!checked.success) return { error: 'invalid' };
  return { value: checked.data, status };
}

/** The text to store for a value of the given version. */
export function storedText(version: number, value: unknown): string {
  return JSON.stringify({ v: version, data: value });
}
