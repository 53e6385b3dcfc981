/**
 * Finds the references inside an entry's parsed data. Astro turns every
 * reference() into a plain `{ collection, id }` object, so a generic walk finds
 * them all without a hand-kept list of reference fields. Links written in a
 * body are read by src/knowledge/links.ts.
 */

export interface EntryRef {
  collection: string;
  id: string;
}

export interface FoundRef extends EntryRef {
  /** Dotted field path, e.g. "poleA.element" or "citaten[2]". */
  field: string;
}

export function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v['collection'] === 'string' && typeof v['id'] === 'string';
}

export function findRefs(data: unknown, path = ''): FoundRef[] {
  if (isEntryRef(data)) return [{ collection: data.collection, id: data.id, field: path }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findRefs(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => findRefs(value, path ? `${path}.${key}` : key));
  }
  return [];
}

export interface EntryAddress extends EntryRef {
  /** The part after #, without the #, when the address points into a page. */
  section?: string;
}

/**
 * An entry's site address as an author writes it (`/werkkaarten/gewenste-houding/#dilemmas-kop`),
 * or undefined when it is not the address of an entry of one of `collections`.
 * Whether that entry exists is the integrity check's job.
 */
export function parseEntryAddress(address: string, collections: readonly string[]): EntryAddress | undefined {
  const match = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:#([a-z0-9-]+))?$/.exec(address.trim());
  if (!match || !collections.includes(match[1]!)) return undefined;
  return { collection: match[1]!, id: match[2]!, ...(match[3] ? { section: match[3] } : {}) };
}
