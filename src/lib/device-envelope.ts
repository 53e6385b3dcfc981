/**
 * The stored format of src/lib/device-storage.ts, reading and writing one
 * value: `{ "v": <version>, "data": <value> }`. createStore() is built on these
 * two functions; a script on every page (the "Zet in sessie" button) uses them
 * alone, so it shares the one format without carrying the store's messages and
 * recovery code. Reading never writes: recovery stays with createStore().load().
 */
import type { LoadStatus, StoreSpec } from './device-storage';

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
