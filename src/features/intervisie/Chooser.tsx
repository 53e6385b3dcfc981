/**
 * Choose a dilemma (grouped by werkkaart, searchable) and a method (with its
 * total time). A plain GET form: without JavaScript it still produces the same
 * /intervisie/?dilemma=…&methode=… link. The page carries at most a page's
 * worth of dilemmas per werkkaart (chooser.ts); a longer group links to its
 * full list, and typing then also offers the site search over all dilemmas.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { allInline, matchInline, type ChooserCard } from './chooser';
import { totalMinutes, type IntervisieMethode } from './slots';

interface Props {
  cards: ChooserCard[];
  methoden: IntervisieMethode[];
  dilemma: string | undefined;
  /** Title of the dilemma from the link, once known (it may not be in `cards`). */
  dilemmaTitle: string | undefined;
  methode: string | undefined;
  onStart: (dilemma: string, methode: string) => void;
}

export default function Chooser({ cards, methoden, dilemma, dilemmaTitle, methode, onStart }: Props) {
  const [picked, setPicked] = useState(dilemma);
  const [method, setMethod] = useState(methode);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState('');
  const form = useRef<HTMLFormElement>(null);

  // Someone may have typed or picked before the script arrived: keep what they did.
  useLayoutEffect(() => {
    const el = form.current;
    if (!el) return;
    const value = (name: string) => (el.elements.namedItem(name) as RadioNodeList | null)?.value || undefined;
    const typed = (el.elements.namedItem('zoek') as HTMLInputElement | null)?.value ?? '';
    if (typed) setQuery(typed);
    const d = value('dilemma');
    const m = value('methode');
    if (d) setPicked(d);
    if (m) setMethod(m);
  }, []);

  const typed = query.trim() !== '';
  const matched = new Set(matchInline(cards, query).map((d) => d.id));
  const groups = cards
    .map((card) => ({ card, items: card.items.filter((d) => d.id === picked || matched.has(d.id)) }))
    .filter((g) => g.items.length > 0 || (!typed && g.card.more));
  const shownCount = groups.reduce((n, g) => n + g.items.length, 0);
  const total = cards.reduce((n, c) => n + c.total, 0);
  const complete = allInline(cards);
  const chosenTitle =
    cards.flatMap((c) => c.items).find((d) => d.id === picked)?.title ??
    (picked === dilemma ? dilemmaTitle : undefined);
  const searchAll = `/zoeken/?${new URLSearchParams({ q: query.trim(), type: 'Dilemma' }).toString()}`;

  return (
    <form
      ref={form}
      class="iv-chooser"
      method="get"
      action="/intervisie/"
      aria-label="Kies een dilemma en een methode"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked && method) onStart(picked, method);
        else
          setMissing(
            picked
              ? 'Kies nog een methode.'
              : method
                ? 'Kies nog een dilemma.'
                : 'Kies eerst een dilemma en een methode.',
          );
      }}
    >
      <fieldset class="iv-choose-dilemma">
        <legend>
          <span class="iv-legend">1. Kies een dilemma</span>
        </legend>
        {chosenTitle && (
          <p class="iv-chosen">
            Gekozen: <strong>{chosenTitle}</strong>
          </p>
        )}
        <label for="iv-zoek" class="iv-search-label">
          Zoek een dilemma
        </label>
        <input
          id="iv-zoek"
          name="zoek"
          type="search"
          value={query}
          autocomplete="off"
          aria-describedby="iv-zoek-aantal"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="iv-zoek-aantal" class="iv-muted iv-small" aria-live="polite">
          {typed
            ? `${shownCount} van ${total} dilemma's${complete ? '' : ' op deze pagina'}`
            : `${total} dilemma's, per werkkaart`}
        </p>
        {typed && !complete && (
          <p class="iv-small">
            <a href={searchAll}>
              Zoek ‘{query.trim()}’ in alle {total} dilemma's
            </a>
          </p>
        )}
        {groups.map(({ card, items }) => (
          <div class="iv-group" key={card.number} role="group" aria-labelledby={`iv-wk-${card.number}`}>
            <p class="iv-group-title" id={`iv-wk-${card.number}`}>
              {card.number}. {card.shortTitle}
            </p>
            <ul class="iv-options">
              {items.map((d) => (
                <li key={d.id}>
                  <input
                    type="radio"
                    name="dilemma"
                    id={`iv-d-${d.id}`}
                    value={d.id}
                    checked={picked === d.id}
                    onChange={() => {
                      setPicked(d.id);
                      setMissing('');
                    }}
                  />
                  <label for={`iv-d-${d.id}`}>{d.title}</label>
                </li>
              ))}
            </ul>
            {card.more && !typed && (
              <p class="iv-small">
                <a href={card.more}>
                  Alle {card.total} dilemma's bij werkkaart {card.number}
                </a>
              </p>
            )}
          </div>
        ))}
        {shownCount === 0 && typed && (
          <p>
            Geen dilemma gevonden met ‘{query}’{complete ? '' : ' op deze pagina'}. Probeer een ander woord.
          </p>
        )}
      </fieldset>

      <fieldset class="iv-choose-method">
        <legend>
          <span class="iv-legend">2. Kies een methode</span>
        </legend>
        <ul class="iv-methods">
          {methoden.map((m) => (
            <li key={m.id} class="iv-method">
              <input
                type="radio"
                name="methode"
                id={`iv-m-${m.id}`}
                value={m.id}
                checked={method === m.id}
                aria-describedby={`iv-m-${m.id}-uitleg`}
                onChange={() => {
                  setMethod(m.id);
                  setMissing('');
                }}
              />
              <label for={`iv-m-${m.id}`}>
                <strong>{m.title}</strong>{' '}
                <span class="iv-muted">
                  · {totalMinutes(m)} min, {m.steps.length} stappen
                </span>
              </label>
              <p id={`iv-m-${m.id}-uitleg`} class="iv-small">
                {m.summary} <span class="iv-muted">Past als: {m.fits}</span>
              </p>
              <a class="iv-small" href={m.url}>
                Alle stappen van de {m.title.toLowerCase()}
              </a>
            </li>
          ))}
        </ul>
      </fieldset>

      <div class="iv-start">
        <button type="submit" class="iv-primary">
          Start de intervisie
        </button>
        <p class="iv-missing" role="alert">
          {missing}
        </p>
      </div>
    </form>
  );
}
