/**
 * Finds the references inside an entry's parsed data. Astro turns every
 * reference() into a plain `{ collection, id }` object, so a generic walk finds
 * them all without a hand-kept list of reference fields. Links written in a
 * body, and site addresses in data fields, are read by src/knowledge/links.ts.
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
