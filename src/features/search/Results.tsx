/** The parts of /zoeken/ that show an answer: the count, the result list, and tips when nothing is found. */
import { titleOfResult, type Outcome, type ResultData } from './pagefind.client';
import { resultCount } from './keys';
import { accentForLabel } from '../../shared/kinds';

export function SearchStatus({
  error,
  busy,
  outcome,
}: {
  error: string;
  busy: boolean;
  outcome: Outcome | null;
}) {
  const text = error
    ? error
    : busy && !outcome
      ? 'Zoeken…'
      : outcome && outcome.results.length > 0
        ? resultCount(outcome.results.length)
        : '';
  return (
    <p class="status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function NoResults({ query }: { query: string }) {
  return (
    <div class="no-results">
      <h2>Niets gevonden{query.trim() ? ` voor ‘${query.trim()}’` : ''}</h2>
      <ul>
        <li>Probeer minder of andere woorden, bijvoorbeeld ‘grenzen’ of ‘netwerk’.</li>
        <li>Zet filters uit: misschien staat het onder een andere soort.</li>
        <li>
          Blader via de <a href="/werkkaarten/">werkkaarten</a> of de <a href="/dilemmas/">dilemma's</a>.
        </li>
      </ul>
    </div>
  );
}

export function ResultList({ results, active }: { results: ResultData[]; active: number }) {
  return (
    <ul id="zoekresultaten-lijst" role="listbox" aria-label="Zoekresultaten" class="results">
      {results.map((result, i) => {
        const type = result.meta['type'] ?? '';
        return (
          <li
            key={result.url}
            id={`zoekresultaat-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            data-href={result.url}
            data-accent={result.meta['accent'] ?? accentForLabel(type)}
            onClick={() => (window.location.href = result.url)}
          >
            <span class="result-badge">{type}</span>
            {/* Options hold no links (no nested controls); choosing an option opens its page. */}
            <span class="result-title">{titleOfResult(result)}</span>
            {/* Pagefind's excerpt is our own escaped content with <mark> around the hits. */}
            <p class="excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
          </li>
        );
      })}
    </ul>
  );
}
