/**
 * Filtering the intervention catalogue by its facets. Within one facet the
 * chosen values mean "any of"; across facets they mean "all of", as a reader of
 * a catalogue expects.
 */

export const CATALOG_FACETS = ['kind', 'nji', 'setting', 'levensgebied'] as const;
export type CatalogFacet = (typeof CATALOG_FACETS)[number];

export const CATALOG_FACET_LABELS: Record<CatalogFacet, string> = {
  kind: 'Soort',
  nji: 'Erkenning',
  setting: 'Setting',
  levensgebied: 'Levensgebied',
};

export interface CatalogItem {
  id: string;
  title: string;
  url: string;
  summary: string;
  facets: Record<CatalogFacet, string[]>;
}

export type CatalogSelection = Partial<Record<CatalogFacet, string[]>>;

export function matches(item: CatalogItem, selection: CatalogSelection): boolean {
  return CATALOG_FACETS.every((facet) => {
    const chosen = selection[facet];
    return !chosen || chosen.length === 0 || chosen.some((v) => item.facets[facet].includes(v));
  });
}

export function filterCatalog(items: readonly CatalogItem[], selection: CatalogSelection): CatalogItem[] {
  return items.filter((item) => matches(item, selection));
}

/**
 * How many items each value would show if it were chosen too, given the other
 * facets' choices: the number beside each checkbox.
 */
export function facetCounts(
  items: readonly CatalogItem[],
  selection: CatalogSelection,
  facet: CatalogFacet,
): Map<string, number> {
  const others = { ...selection, [facet]: [] };
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, others)) continue;
    for (const value of item.facets[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function parseSelection(search: string): CatalogSelection {
  const params = new URLSearchParams(search);
  const selection: CatalogSelection = {};
  for (const facet of CATALOG_FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length > 0) selection[facet] = values;
  }
  return selection;
}

export function serializeSelection(selection: CatalogSelection): string {
  const params = new URLSearchParams();
  for (const facet of CATALOG_FACETS) for (const v of selection[facet] ?? []) params.append(facet, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `selection` with every value of `more` added; the same object when `more` adds nothing. */
export function mergeSelection(selection: CatalogSelection, more: CatalogSelection): CatalogSelection {
  let merged = selection;
  for (const facet of CATALOG_FACETS) {
    const current = merged[facet] ?? [];
    const added = (more[facet] ?? []).filter((v) => !current.includes(v));
    if (added.length > 0) merged = { ...merged, [facet]: [...current, ...added] };
  }
  return merged;
}
