/**
 * Filter chips with counts on /zoeken/. A chosen value always stays visible, also
 * when it gives no results or is unknown (an old link), and "Filters wissen"
 * clears them all: a reader can never get stuck behind a filter.
 */
import { chipGroups, FILTER_LABELS, hasFilters, toggleFilter, type SearchState } from './state';
import type { FilterCounts } from './pagefind.client';
import { accentForLabel } from '../../shared/kinds';

interface Props {
  state: SearchState;
  counts: FilterCounts;
  onChange(next: SearchState): void;
}

export function FilterChips({ state, counts, onChange }: Props) {
  const groups = chipGroups(state, counts);
  if (groups.length === 0) return null;
  return (
    <div class="filters" aria-label="Filters">
      {groups.map((group) => (
        <fieldset key={group.name}>
          <legend>{FILTER_LABELS[group.name]}</legend>
          {group.values.map(([value, n]) => (
            <button
              type="button"
              key={value}
              class="chip"
              aria-pressed={(state.filters[group.name] ?? []).includes(value)}
              data-accent={group.name === 'type' ? accentForLabel(value) : 'neutral'}
              onClick={() => onChange(toggleFilter(state, group.name, value))}
            >
              {value} <span class="count">{n}</span>
            </button>
          ))}
        </fieldset>
      ))}
      {hasFilters(state) && (
        <button type="button" class="clear-filters" onClick={() => onChange({ ...state, filters: {} })}>
          Filters wissen
        </button>
      )}
    </div>
  );
}
