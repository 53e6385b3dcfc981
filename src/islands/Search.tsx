/**
 * The search page's island: results as you type, filter chips with counts, the
 * state in the URL, and a combobox/listbox a keyboard and screen reader can use.
 * Pagefind's script and index load on the first search, not before.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  hasFilters,
  moveActive,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  toPagefindFilters,
  type SearchState,
} from '../lib/search-state';
import { runSearch, type FilterCounts, type ResultData } from './pagefind';

const ACCENTS: Record<string, string> = {
  Werkkaart: 'werkkaart',
  'Werkzaam element': 'element',
  Dilemma: 'dilemma',
  Interventie: 'interventie',
};
const MAX_RESULTS = 30;

interface Outcome {
  results: ResultData[];
  counts: FilterCounts;
}

export default function Search() {
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const run = useRef(0);

  // Start from the URL (a shared link, or the header's search form), and follow the back button.
  useEffect(() => {
    const fromUrl = () => setState(parseSearchState(window.location.search));
    fromUrl();
    document.documentElement.classList.add('search-ready');
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  useEffect(() => {
    const searching = state.query.trim() !== '' || hasFilters(state);
    if (!searching) {
      setOutcome(null);
      return;
    }
    const id = ++run.current;
    const timer = window.setTimeout(async () => {
      setBusy(true);
      try {
        const found = await runSearch(state.query, toPagefindFilters(state), MAX_RESULTS);
        if (id !== run.current) return;
        setOutcome(found);
        setActive(-1);
        setError('');
      } catch {
        if (id === run.current)
          setError('Zoeken lukt nu niet. Laad de pagina opnieuw, of blader via de overzichten.');
      } finally {
        if (id === run.current) setBusy(false);
      }
    }, 180);
    return () => window.clearTimeout(timer);
  }, [state]);

  function update(next: SearchState, mode: 'push' | 'replace') {
    setState(next);
    const url = `${window.location.pathname}${serializeSearchState(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = outcome?.results.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(active, event.key === 'ArrowDown' ? 1 : -1, count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = outcome?.results[active];
      if (chosen) window.location.href = chosen.url;
      else update(state, 'push');
    } else if (event.key === 'Escape') {
      setActive(-1);
    }
  }

  const counts = outcome?.counts ?? {};
  const chipGroups = useMemo(
    () =>
      FILTER_NAMES.map((name) => ({
        name,
        values: Object.entries(counts[name] ?? {})
          .filter(([value, n]) => n > 0 || (state.filters[name] ?? []).includes(value))
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')),
      })).filter((g) => g.values.length > 1 || (state.filters[g.name]?.length ?? 0) > 0),
    [counts, state.filters],
  );
  const activeId = active >= 0 ? `zoekresultaat-${active}` : undefined;
  const searching = state.query.trim() !== '' || hasFilters(state);

  return (
    <div class="search">
      <form role="search" class="search-form" onSubmit={(e) => e.preventDefault()}>
        <label for="zoekvraag">Waar zoek je naar?</label>
        <input
          id="zoekvraag"
          ref={input}
          type="search"
          name="q"
          value={state.query}
          autoComplete="off"
          role="combobox"
          aria-expanded={outcome !== null && outcome.results.length > 0}
          aria-controls="zoekresultaten-lijst"
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby="zoek-uitleg"
          placeholder="Bijvoorbeeld: ouders spelen me tegen elkaar uit"
          onInput={(e) => update({ ...state, query: (e.target as HTMLInputElement).value }, 'replace')}
          onKeyDown={onKeyDown}
        />
        <p id="zoek-uitleg" class="hint">
          Typ een vraag in je eigen woorden. Pijltjes omhoog en omlaag kiezen een resultaat, Enter opent het.
        </p>
      </form>

      {chipGroups.length > 0 && (
        <div class="filters" aria-label="Filters">
          {chipGroups.map((group) => (
            <fieldset key={group.name}>
              <legend>{FILTER_LABELS[group.name]}</legend>
              {group.values.map(([value, n]) => {
                const pressed = (state.filters[group.name] ?? []).includes(value);
                return (
                  <button
                    type="button"
                    key={value}
                    class="chip"
                    aria-pressed={pressed}
                    data-accent={group.name === 'type' ? (ACCENTS[value] ?? 'neutral') : 'neutral'}
                    onClick={() => update(toggleFilter(state, group.name, value), 'push')}
                  >
                    {value} <span class="count">{n}</span>
                  </button>
                );
              })}
            </fieldset>
          ))}
        </div>
      )}

      <p class="status" role="status" aria-live="polite">
        {error ||
          (busy && !outcome
            ? 'Zoeken…'
            : outcome
              ? outcome.results.length === 0
                ? ''
                : `${outcome.results.length} ${outcome.results.length === 1 ? 'resultaat' : 'resultaten'}`
              : '')}
      </p>

      {outcome && outcome.results.length === 0 && !error && (
        <div class="no-results">
          <h2>Niets gevonden{state.query.trim() ? ` voor ‘${state.query.trim()}’` : ''}</h2>
          <ul>
            <li>Probeer minder of andere woorden, bijvoorbeeld ‘grenzen’ of ‘netwerk’.</li>
            <li>Zet filters uit: misschien staat het onder een andere soort.</li>
            <li>
              Blader via de <a href="/werkkaarten/">werkkaarten</a> of de <a href="/dilemmas/">dilemma's</a>.
            </li>
          </ul>
        </div>
      )}

      {outcome && outcome.results.length > 0 && (
        <ul id="zoekresultaten-lijst" role="listbox" aria-label="Zoekresultaten" class="results">
          {outcome.results.map((result, i) => {
            const type = result.meta['type'] ?? '';
            return (
              <li
                key={result.url}
                id={`zoekresultaat-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'result active' : 'result'}
                data-href={result.url}
                data-accent={ACCENTS[type] ?? 'neutral'}
                onClick={() => (window.location.href = result.url)}
              >
                <span class="result-badge">{type}</span>
                {/* Options hold no links (no nested controls); choosing an option opens its page. */}
                <span class="result-title">{result.meta['title']}</span>
                {/* Pagefind's excerpt is our own escaped content with <mark> around the hits. */}
                <p class="excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
              </li>
            );
          })}
        </ul>
      )}
      {!searching && <p class="hint">Typ hierboven om te zoeken, of kies een van de suggesties hieronder.</p>}
    </div>
  );
}
