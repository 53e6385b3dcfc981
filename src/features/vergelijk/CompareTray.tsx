/**
 * The small tray that shows what a reader picked to compare, with the way to
 * the comparison. Used by the catalogue; the intervention pages have the same
 * tray from a plain script (CompareToggle.astro).
 */
import { MAX_COMPARED, compareSearch } from './compare';

interface Props {
  ids: string[];
  titleOf: (id: string) => string;
  onClear: () => void;
  message?: string | undefined;
}

export default function CompareTray({ ids, titleOf, onClear, message }: Props) {
  return (
    <div class="compare-tray" role="region" aria-label="Gekozen om te vergelijken">
      <p aria-live="polite">
        {ids.length === 0
          ? `Kies met “Vergelijk” twee tot ${MAX_COMPARED} interventies om naast elkaar te zetten.`
          : `Gekozen om te vergelijken (${ids.length} van ${MAX_COMPARED}): ${ids.map(titleOf).join(', ')}`}
      </p>
      {message && <p class="notice">{message}</p>}
      {ids.length > 0 && (
        <p class="compare-actions">
          {ids.length >= 2 ? (
            <a class="button" href={`/interventies/vergelijk/${compareSearch(ids)}`}>
              Vergelijk nu
            </a>
          ) : (
            <span class="muted">Kies er nog minstens één.</span>
          )}
          <button type="button" class="button secondary" onClick={onClear}>
            Keuze wissen
          </button>
        </p>
      )}
    </div>
  );
}
