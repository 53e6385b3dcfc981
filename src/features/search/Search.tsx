/**
 * The search page's island: results as you type, filter chips with counts, the
 * state in the URL, and a combobox/listbox a keyboard and screen reader can use.
 * Debounce, stale answers and keys come from the shared search core
 * (src/features/search/core.client.ts, src/features/search/keys.ts), as in the header's box.
 * Pagefind's script and index load on the first search, not before.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  hasFilters,
  parseSearchState,
  serializeSearchState,
  toPagefindFilters,
  type SearchState,
} from './state';
import { keyAction } from './keys';
import { useUrlState } from '../../shared/client/use-url-state';
import type { Outcome } from './pagefind.client';
import { createSearchRunner } from './core.client';
import { FilterChips } from './FilterChips';
import { NoResults, ResultList, SearchStatus } from './Results';

const MAX_RESULTS = 30;

/** The search state with the URL as its memory: shared links and the back button work. */
const NO_SEARCH: SearchState = { query: '', filters: {} };

function useSearchUrl() {
  const [state, update] = useUrlState(NO_SEARCH, parseSearchState, serializeSearchState);
  useEffect(() => document.documentElement.classList.add('search-ready'), []);
  return [state, update] as const;
}

/** Runs the search whenever the state changes; only the answer to the latest question counts. */
function useSearch(state: SearchState) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const runner = useMemo(
    () =>
      createSearchRunner({
        onResults: (found) => {
          setOutcome(found);
          setError('');
        },
        onError: () => setError('Zoeken lukt nu niet. Laad de pagina opnieuw, of blader via de overzichten.'),
        onBusy: setBusy,
      }),
    [],
  );
  useEffect(() => {
    if (state.query.trim() === '' && !hasFilters(state)) {
      runner.cancel();
      setOutcome(null);
      return;
    }
    runner.ask({ query: state.query, filters: toPagefindFilters(state), max: MAX_RESULTS });
    return () => runner.cancel();
  }, [state, runner]);
  return { outcome, error, busy };
}

export default function Search() {
  const [state, update] = useSearchUrl();
  const { outcome, error, busy } = useSearch(state);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const results = outcome?.results ?? [];

  useEffect(() => setActive(-1), [outcome]);
  // Arriving with a question (from the header's box, or a shared link): keep typing right there.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('q')) input.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const action = keyAction(event.key, active, results.length);
    if (action.kind === 'move') {
      event.preventDefault();
      setActive(action.active);
    } else if (action.kind === 'open') {
      event.preventDefault();
      window.location.href = results[action.index]!.url;
    } else if (action.kind === 'submit') {
      event.preventDefault();
      update(state, 'push');
    } else if (action.kind === 'close') {
      // Escape leaves the question as it is (a search box would clear itself).
      event.preventDefault();
      setActive(-1);
    }
  }

  const searching = state.query.trim() !== '' || hasFilters(state);
  const activeId = active >= 0 ? `zoekresultaat-${active}` : undefined;

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
          maxLength={200}
          autoComplete="off"
          role="combobox"
          aria-expanded={results.length > 0}
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

      <FilterChips state={state} counts={outcome?.counts ?? {}} onChange={(next) => update(next, 'push')} />
      <SearchStatus error={error} busy={busy} outcome={outcome} />
      {outcome && results.length === 0 && !error && <NoResults query={state.query} />}
      {results.length > 0 && <ResultList results={results} active={active} />}
      {!searching && <p class="hint">Typ hierboven om te zoeken, of kies een van de suggesties hieronder.</p>}
    </div>
  );
}
