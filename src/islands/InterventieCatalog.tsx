/**
 * The intervention catalogue with facet filters that work without a page
 * reload. The list is rendered on the server too, so without JavaScript the
 * whole catalogue is still there.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  CATALOG_FACETS,
  CATALOG_FACET_LABELS,
  facetCounts,
  filterCatalog,
  parseSelection,
  serializeSelection,
  type CatalogFacet,
  type CatalogItem,
  type CatalogSelection,
} from '../lib/catalog-filter';
import { MAX_COMPARED } from '../lib/compare';
import { clearPicks, onPicksChange, readPicks, togglePick } from '../scripts/compare-picks';
import CompareTray from './compare/CompareTray';

interface Props {
  items: CatalogItem[];
  /** All values per facet in display order, so checkboxes keep their place. */
  values: Record<CatalogFacet, string[]>;
}

export default function InterventieCatalog({ items, values }: Props) {
  const [selection, setSelection] = useState<CatalogSelection>({});
  useEffect(() => {
    const read = () => setSelection(parseSelection(window.location.search));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const shown = useMemo(() => filterCatalog(items, selection), [items, selection]);

  // The comparison picks exist only once this island runs: no dead buttons without JavaScript.
  const [picks, setPicks] = useState<{ ids: string[]; message?: string | undefined } | undefined>(undefined);
  useEffect(() => {
    const read = () => setPicks(readPicks());
    read();
    return onPicksChange(read);
  }, []);
  const titleOf = (id: string) => items.find((item) => item.id === id)?.title ?? id;

  function toggle(facet: CatalogFacet, value: string) {
    const current = selection[facet] ?? [];
    const next = {
      ...selection,
      [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    };
    setSelection(next);
    window.history.replaceState(null, '', `${window.location.pathname}${serializeSelection(next)}`);
  }

  function clear() {
    setSelection({});
    window.history.replaceState(null, '', window.location.pathname);
  }

  const any = CATALOG_FACETS.some((f) => (selection[f]?.length ?? 0) > 0);
  const chosen = CATALOG_FACETS.reduce((n, f) => n + (selection[f]?.length ?? 0), 0);
  // On a phone the filters fold behind one button, so the results are on screen.
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <div class="catalog">
      <button
        type="button"
        class="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="catalogus-filters"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        Filters ({chosen})
      </button>
      <form
        id="catalogus-filters"
        class={filtersOpen ? 'catalog-filters open' : 'catalog-filters'}
        aria-label="Filter de interventies"
        onSubmit={(e) => e.preventDefault()}
      >
        {CATALOG_FACETS.map((facet) => {
          const counts = facetCounts(items, selection, facet);
          return (
            <fieldset key={facet}>
              <legend>{CATALOG_FACET_LABELS[facet]}</legend>
              {values[facet].map((value) => {
                const id = `f-${facet}-${value.replace(/\W+/g, '-')}`;
                const checked = (selection[facet] ?? []).includes(value);
                return (
                  <div class="option" key={value}>
                    <input type="checkbox" id={id} checked={checked} onChange={() => toggle(facet, value)} />
                    <label for={id}>
                      {value} <span class="count">({counts.get(value) ?? 0})</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </form>
      <div class="catalog-results">
        <p role="status" class="status">
          {shown.length === items.length
            ? `Alle ${items.length} interventies en werkwijzen`
            : `${shown.length} van de ${items.length} interventies en werkwijzen`}
          {any && (
            <button type="button" class="clear" onClick={clear}>
              Filters wissen
            </button>
          )}
        </p>
        {picks && (
          <CompareTray ids={picks.ids} titleOf={titleOf} onClear={clearPicks} message={picks.message} />
        )}
        {shown.length === 0 && <p>Geen interventie past bij al deze filters. Zet er een of meer uit.</p>}
        <ul class="catalog-list">
          {shown.map((item) => (
            <li key={item.id} class="catalog-item" data-accent="interventie">
              <h3>
                <a href={item.url}>{item.title}</a>
              </h3>
              <p class="summary">{item.summary}</p>
              <p class="facts">
                <span class={item.facets.nji.includes('In NJi-databank') ? 'nji yes' : 'nji'}>
                  {item.facets.nji[0]}
                </span>
                {' · '}
                {item.facets.kind[0]}
                {item.facets.setting.length > 0 && ` · ${item.facets.setting.join(', ')}`}
              </p>
              {picks && (
                <PickButton
                  picked={picks.ids.includes(item.id)}
                  full={picks.ids.length >= MAX_COMPARED}
                  title={item.title}
                  onToggle={() => setPicks(togglePick(item.id))}
                />
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function PickButton(props: { picked: boolean; full: boolean; title: string; onToggle: () => void }) {
  const { picked, full, title, onToggle } = props;
  return (
    <button
      type="button"
      class="pick"
      aria-pressed={picked}
      disabled={full && !picked}
      aria-label={`Vergelijk ${title}`}
      title={full && !picked ? `Je vergelijkt er al ${MAX_COMPARED}` : undefined}
      onClick={onToggle}
    >
      {picked ? '✓ Vergelijk' : 'Vergelijk'}
    </button>
  );
}
