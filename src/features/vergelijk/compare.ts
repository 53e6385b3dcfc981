/**
 * Comparing interventions side by side (/interventies/vergelijk/): which facts
 * differ, which life domains and werkzame elementen they share and what is
 * unique to each. Pure functions over plain data, so the static comparison
 * pages and the comparison built from a shared link give the same answer.
 */

/** The most a free comparison holds: more columns no longer fit a laptop or A4. */
export const MAX_COMPARED = 4;

/** Shown instead of an empty cell: a reader must see the source is silent. */
export const NOT_IN_SOURCE = 'niet vermeld in de bron';

export const COMPARE_FACTS = [
  { key: 'kind', label: 'Soort' },
  { key: 'nji', label: 'Erkenning (NJi-databank)' },
  { key: 'targetGroup', label: 'Doelgroep' },
  { key: 'age', label: 'Leeftijd' },
  { key: 'duration', label: 'Duur' },
  { key: 'intensity', label: 'Intensiteit' },
  { key: 'setting', label: 'Setting' },
  { key: 'distinctive', label: 'Wat eigen is aan deze aanpak' },
] as const;
export type CompareFactKey = (typeof COMPARE_FACTS)[number]['key'];

export interface LinkedTitle {
  id: string;
  title: string;
  url: string;
}

/** One intervention, reduced to what a comparison shows. */
export interface CompareItem extends LinkedTitle {
  facts: Partial<Record<CompareFactKey, string | undefined>>;
  levensgebieden: LinkedTitle[];
  elementen: LinkedTitle[];
  sources: { title: string; plaats: string }[];
}

export interface FactRow {
  key: CompareFactKey;
  label: string;
  /** One value per compared item, in column order; never empty. */
  values: string[];
  allEqual: boolean;
}

/** How many of the compared items have a life domain or element. */
export type Sharing = 'alle' | 'meerdere' | 'een';

export interface MatrixRow extends LinkedTitle {
  /** Per compared item, in column order: does it have this one? */
  has: boolean[];
  sharing: Sharing;
}

export interface Comparison {
  items: CompareItem[];
  facts: FactRow[];
  levensgebieden: MatrixRow[];
  elementen: MatrixRow[];
  /** Per item, in column order: the elements no other compared item names. */
  uniqueElements: LinkedTitle[][];
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function matrix(items: CompareItem[], pick: (item: CompareItem) => LinkedTitle[]): MatrixRow[] {
  const rows = new Map<string, LinkedTitle>();
  for (const item of items)
    for (const entry of pick(item)) if (!rows.has(entry.id)) rows.set(entry.id, entry);
  const result = [...rows.values()].map((entry) => {
    const has = items.map((item) => pick(item).some((e) => e.id === entry.id));
    const count = has.filter(Boolean).length;
    const sharing: Sharing = count === items.length ? 'alle' : count > 1 ? 'meerdere' : 'een';
    return { ...entry, has, sharing };
  });
  // Shared first (as the article lists its five shared elements first), then by title.
  const rank: Record<Sharing, number> = { alle: 0, meerdere: 1, een: 2 };
  return result.sort((a, b) => rank[a.sharing] - rank[b.sharing] || a.title.localeCompare(b.title, 'nl'));
}

export function compareItems(items: CompareItem[]): Comparison {
  const facts = COMPARE_FACTS.map(({ key, label }) => {
    const values = items.map((item) => item.facts[key]?.trim() || NOT_IN_SOURCE);
    const allEqual = values.every((v) => normalise(v) === normalise(values[0] ?? ''));
    return { key, label, values, allEqual };
  });
  const elementen = matrix(items, (item) => item.elementen);
  const uniqueElements = items.map((_, column) =>
    elementen
      .filter((row) => row.sharing === 'een' && row.has[column])
      .map(({ id, title, url }) => ({ id, title, url })),
  );
  return {
    items,
    facts,
    levensgebieden: matrix(items, (item) => item.levensgebieden),
    elementen,
    uniqueElements,
  };
}

export interface CompareSelection {
  /** Known ids, in the order given, without repeats, at most MAX_COMPARED. */
  ids: string[];
  /** Ids in the URL that are not in the catalogue (shown to the reader). */
  unknown: string[];
  /** Ids dropped because more than MAX_COMPARED were given. */
  dropped: string[];
}

/** Reads `?i=a&i=b` (also `?i=a,b`). Ids are matched exactly; nothing else in the URL is used. */
export function parseCompareSelection(search: string, known: ReadonlySet<string>): CompareSelection {
  const params = new URLSearchParams(search);
  const raw = params
    .getAll('i')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const ids: string[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  for (const id of raw.slice(0, 50)) {
    if (!known.has(id)) {
      if (!unknown.includes(id)) unknown.push(id.slice(0, 60));
    } else if (!ids.includes(id)) {
      if (ids.length < MAX_COMPARED) ids.push(id);
      else dropped.push(id);
    }
  }
  return { ids, unknown, dropped };
}

export function compareSearch(ids: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of ids) params.append('i', id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Adds or removes one id; refuses to add past the maximum (full: true). */
export function toggleCompared(ids: readonly string[], id: string): { ids: string[]; full: boolean } {
  if (ids.includes(id)) return { ids: ids.filter((other) => other !== id), full: false };
  if (ids.length >= MAX_COMPARED) return { ids: [...ids], full: true };
  return { ids: [...ids, id], full: false };
}
