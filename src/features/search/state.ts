/**
 * The state of a search as it lives in the URL (/zoeken/?q=…&type=Dilemma), so
 * a search can be shared and the back button works. Pure functions only.
 */

/** Filter names as Pagefind knows them, in the order the page shows them. */
export const FILTER_NAMES = ['type', 'werkkaart', 'factor', 'levensgebied', 'erkenning'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Soort',
  werkkaart: 'Werkkaart',
  factor: 'IWF-factor',
  levensgebied: 'Levensgebied',
  erkenning: 'Erkenning',
};

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter((v) => v.trim() !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').slice(0, 200), filters };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, name: FilterName, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v && v.length > 0);
}

/** Pagefind's filter argument: several values of one filter mean "any of". */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (values && values.length > 0) out[name] = { any: values };
  }
  return out;
}

/** Moves the active result up or down, wrapping around; -1 means none. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/**
 * The filter chips to show: per filter, the values found in the results with their
 * counts, plus every chosen value even when it gives no results or is unknown (an
 * old link) — so a reader can always switch off what they switched on. A filter with
 * a single value and nothing chosen narrows nothing and is left out.
 */
export function chipGroups(
  state: SearchState,
  counts: Record<string, Record<string, number>>,
): { name: FilterName; values: [value: string, count: number][] }[] {
  return FILTER_NAMES.map((name) => {
    const chosen = state.filters[name] ?? [];
    const found: Record<string, number> = {
      ...Object.fromEntries(chosen.map((v) => [v, 0])),
      ...counts[name],
    };
    return {
      name,
      values: Object.entries(found)
        .filter(([value, n]) => n > 0 || chosen.includes(value))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')),
    };
  }).filter((g) => g.values.length > 1 || (state.filters[g.name]?.length ?? 0) > 0);
}
