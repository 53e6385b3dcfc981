/**
 * The intervention catalogue with facet filters that work without a page
 * reload. The list is rendered on the server too, so without JavaScript the
 * whole catalogue is still there.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import {
  CATALOG_FACETS,
  CATALOG_FACET_LABELS,
  facetCounts,
  filterCatalog,
  mergeSelection,
  parseSelection,
  serializeSelection,
  type CatalogFacet,
  type CatalogItem,
  type CatalogSelection,
} from './catalog-filter';
import { MAX_COMPARED } from './compare';
import { NJI_LABELS } from '../../shared/vocabulary';
import { useUrlState } from '../../shared/client/use-url-state';
import { clearPicks, onPicksChange, readPicks, togglePick } from './picks.client';
import CompareTray from './CompareTray';

interface Props {
  items: CatalogItem[];
  /** All values per facet in display order, so checkboxes keep their place. */
  values: Record<CatalogFacet, string[]>;
}

type Picks = { ids: string[]; message?: string | undefined };

/** The filter selection, kept in the URL so a filtered catalogue can be shared and survives back/forward. */
function useUrlSelection() {
  return useUrlState<CatalogSelection>({}, parseSelection, serializeSelection);
}

/**
 * The page shows the filters at once, but this island starts only when the browser is idle: a box
 * ticked before that stays ticked on screen (hydration leaves it), so it joins the selection here
 * instead of being a tick that filters nothing. The browser's own form restore on back is read too.
 */
function useTickedBeforeStart(
  form: RefObject<HTMLFormElement>,
  setSelection: (next: CatalogSelection) => void,
) {
  useEffect(() => {
    const boxes = form.current;
    if (!boxes) return;
    const ticked: CatalogSelection = {};
    for (const facet of CATALOG_FACETS) {
      const values = [...boxes.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)];
      if (values.length > 0) ticked[facet] = values.map((input) => input.value);
    }
    const fromAddress = parseSelection(window.location.search);
    const merged = mergeSelection(fromAddress, ticked);
    if (merged !== fromAddress) setSelection(merged);
  }, []);
}

/** The comparison picks exist only once this island runs: no dead buttons without JavaScript. */
function usePicks() {
  const [picks, setPicks] = useState<Picks | undefined>(undefined);
  useEffect(() => {
    const read = () => setPicks(readPicks());
    read();
    return onPicksChange(read);
  }, []);
  return [picks, setPicks] as const;
}

export default function InterventieCatalog({ items, values }: Props) {
  const [selection, setSelection] = useUrlSelection();
  const form = useRef<HTMLFormElement>(null);
  useTickedBeforeStart(form, setSelection);
  const [picks, setPicks] = usePicks();
  const shown = useMemo(() => filterCatalog(items, selection), [items, selection]);
  // On a phone the filters fold behind one button, so the results are on screen.
  const [filtersOpen, setFiltersOpen] = useState(false);

  function toggle(facet: CatalogFacet, value: string) {
    const current = selection[facet] ?? [];
    const chosen = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setSelection({ ...selection, [facet]: chosen });
  }

  const chosen = CATALOG_FACETS.reduce((n, f) => n + (selection[f]?.length ?? 0), 0);

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
      <FacetFilters
        items={items}
        values={values}
        selection={selection}
        onToggle={toggle}
        open={filtersOpen}
        formRef={form}
      />
      <Results
        items={items}
        shown={shown}
        filtered={hasSelection(selection)}
        onClear={() => setSelection({})}
        picks={picks}
        onPick={(id) => setPicks(togglePick(id))}
      />
    </div>
  );
}

const hasSelection = (selection: CatalogSelection) =>
  CATALOG_FACETS.some((f) => (selection[f]?.length ?? 0) > 0);

function FacetFilters(props: {
  items: CatalogItem[];
  values: Record<CatalogFacet, string[]>;
  selection: CatalogSelection;
  onToggle: (facet: CatalogFacet, value: string) => void;
  /** Unfolded on a phone (on a wide screen the filters always show). */
  open: boolean;
  formRef: RefObject<HTMLFormElement>;
}) {
  const { items, values, selection, onToggle, open, formRef } = props;
  return (
    <form
      ref={formRef}
      id="catalogus-filters"
      class={open ? 'catalog-filters open' : 'catalog-filters'}
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
              return (
                <div class="option" key={value}>
                  <input
                    type="checkbox"
                    id={id}
                    name={facet}
                    value={value}
                    checked={(selection[facet] ?? []).includes(value)}
                    onChange={() => onToggle(facet, value)}
                  />
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
  );
}

function Results(props: {
  items: CatalogItem[];
  shown: CatalogItem[];
  filtered: boolean;
  onClear: () => void;
  picks: Picks | undefined;
  onPick: (id: string) => void;
}) {
  const { items, shown, filtered, onClear, picks, onPick } = props;
  const titleOf = (id: string) => items.find((item) => item.id === id)?.title ?? id;
  return (
    <div class="catalog-results">
      <p role="status" class="status">
        {shown.length === items.length
          ? `Alle ${items.length} interventies en werkwijzen`
          : `${shown.length} van de ${items.length} interventies en werkwijzen`}
        {filtered && (
          <button type="button" class="clear" onClick={onClear}>
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
          <CatalogEntry key={item.id} item={item} picks={picks} onPick={onPick} />
        ))}
      </ul>
    </div>
  );
}

function CatalogEntry(props: { item: CatalogItem; picks: Picks | undefined; onPick: (id: string) => void }) {
  const { item, picks, onPick } = props;
  return (
    <li class="catalog-item" data-accent="interventie">
      {/* h2: the page's h1 is the catalogue; each intervention is a section of it. */}
      <h2>
        <a href={item.url}>{item.title}</a>
      </h2>
      <p class="summary">{item.summary}</p>
      <p class="facts">
        <span class={item.facets.nji.includes(NJI_LABELS.opgenomen) ? 'nji yes' : 'nji'}>
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
          onToggle={() => onPick(item.id)}
        />
      )}
    </li>
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
