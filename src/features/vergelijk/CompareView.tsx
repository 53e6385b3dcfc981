/**
 * /interventies/vergelijk/?i=…&i=…: compares a free choice of interventions,
 * read from the URL so the comparison can be shared and printed. Unknown ids
 * are named; the rest is still compared.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useUrlState } from '../../shared/client/use-url-state';
import {
  MAX_COMPARED,
  compareItems,
  compareSearch,
  parseCompareSelection,
  type CompareItem,
  type CompareSelection,
} from './compare';
import ComparisonTable from './ComparisonTable';
import CompareChooser from './CompareChooser';

interface Props {
  items: CompareItem[];
  /** Kind per id, to group the chooser. */
  kinds: Record<string, string>;
}

function listOf(titles: string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} en ${titles[titles.length - 1]}`;
}

const NONE_CHOSEN: CompareSelection = { ids: [], unknown: [], dropped: [] };

export default function CompareView({ items, kinds }: Props) {
  const known = useMemo(() => new Set(items.map((i) => i.id)), [items]);
  const parse = useCallback((search: string) => parseCompareSelection(search, known), [known]);
  const [selection, setSelection] = useUrlState<CompareSelection>(NONE_CHOSEN, parse, (s) =>
    compareSearch(s.ids),
  );
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setReady(true), []);

  function choose(ids: string[]) {
    setSelection({ ids, unknown: [], dropped: [] }, 'push');
    requestAnimationFrame(() => heading.current?.focus());
  }

  const chosen = selection.ids.flatMap((id) => items.filter((item) => item.id === id));
  const comparison = chosen.length >= 2 ? compareItems(chosen) : undefined;
  const title = listOf(chosen.map((c) => c.title));

  return (
    <div class="compare-view" data-ready={ready ? 'true' : undefined}>
      {selection.unknown.length > 0 && (
        <div class="notice" role="alert">
          <p>
            <strong>
              {selection.unknown.length === 1
                ? 'Deze interventie kennen we niet'
                : 'Deze interventies kennen we niet'}
              :
            </strong>{' '}
            {selection.unknown.map((id) => `‘${id}’`).join(', ')}. Misschien is de naam veranderd of is de
            link niet helemaal overgekomen.
            {chosen.length > 0 && ' De andere staan hieronder wel.'}
          </p>
        </div>
      )}
      {selection.dropped.length > 0 && (
        <div class="notice" role="alert">
          <p>
            Je kunt hoogstens {MAX_COMPARED} interventies tegelijk vergelijken. Weggelaten:{' '}
            {selection.dropped.map((id) => `‘${id}’`).join(', ')}.
          </p>
        </div>
      )}
      {comparison ? (
        <section aria-labelledby="vergelijking-kop">
          <h2 id="vergelijking-kop" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          <p class="compare-actions">
            <button type="button" class="button" onClick={() => window.print()}>
              Print (A4 liggend)
            </button>
            <a class="button secondary" href="#kies">
              Andere keuze maken
            </a>
          </p>
          <ComparisonTable comparison={comparison} caption={`Vergelijking: ${title}`} />
        </section>
      ) : (
        ready && (
          <p class="lead" role="status">
            {chosen.length === 1
              ? `Je hebt alleen ${chosen[0]?.title} gekozen. Kies er nog één tot ${MAX_COMPARED - 1} bij om te vergelijken.`
              : `Kies twee tot ${MAX_COMPARED} interventies of werkwijzen om naast elkaar te zetten.`}
          </p>
        )
      )}
      <CompareChooser items={items} kinds={kinds} chosen={selection.ids} onChoose={choose} />
    </div>
  );
}
