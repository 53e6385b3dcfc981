/**
 * The intervision mode's island. It owns the choice (dilemma, method, step),
 * which lives in the URL: read on load and on back/forward, written on every
 * change. The methods and a bounded chooser arrive as props, built at build
 * time; the chosen dilemma's full data is fetched from its own small file
 * (/intervisie/dilemma/<id>.json), so the page does not grow with the number
 * of dilemmas. A link to a dilemma that has no file says so in Dutch.
 *
 * The server renders the chooser (what this component shows before it reads
 * the URL); the URL is read in a layout effect, before the first paint after
 * hydration, so the step view replaces the chooser without an empty frame.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DILEMMA_ID, dilemmaDataUrl, type ChooserCard } from './chooser';
import type { IntervisieDilemma, IntervisieMethode } from './slots';
import { isRunnable, missingDilemma, parseChoice, serializeChoice, type ParsedChoice } from './url';
import Chooser from './Chooser';
import Session from './Run';
import { watchSearch, writeSearch } from '../../shared/client/url-state';

interface Props {
  cards: ChooserCard[];
  methoden: IntervisieMethode[];
}

type Loaded = { id: string; dilemma?: IntervisieDilemma | undefined; failed?: 'missing' | 'offline' };

export default function Intervisie({ cards, methoden }: Props) {
  const known = useMemo(
    () => ({
      // Whether the dilemma exists is only known once its file is fetched (below).
      dilemmas: { has: (id: string) => DILEMMA_ID.test(id) },
      methoden: new Map(methoden.map((m) => [m.id, m.steps.length])),
    }),
    [methoden],
  );
  const [choice, setChoice] = useState<ParsedChoice>({ stap: 0, problems: [] });
  const [loaded, setLoaded] = useState<Loaded | undefined>();

  useEffect(() => {
    const id = choice.dilemma;
    if (!id || loaded?.id === id) return;
    let current = true;
    fetch(dilemmaDataUrl(id))
      .then(async (r) => {
        if (!current) return;
        if (r.status === 404) setLoaded({ id, failed: 'missing' });
        else if (!r.ok) setLoaded({ id, failed: 'offline' });
        else setLoaded({ id, dilemma: (await r.json()) as IntervisieDilemma });
      })
      .catch(() => current && setLoaded({ id, failed: 'offline' }));
    return () => {
      current = false;
    };
  }, [choice.dilemma, loaded]);

  // A layout effect (not useUrlState): the chosen step must be on screen before the first paint.
  useLayoutEffect(
    () =>
      watchSearch((search) => {
        const parsed = parseChoice(search, known);
        // A link without a step (or a form sent before the script ran) gets its step written in.
        if (isRunnable(parsed) && parsed.problems.length === 0) {
          const canonical = serializeChoice(parsed);
          if (canonical !== search) writeSearch(canonical);
        }
        setChoice(parsed);
      }),
    [known],
  );

  const here = loaded?.id === choice.dilemma ? loaded : undefined;
  const problems = [...choice.problems];
  if (choice.dilemma && here?.failed === 'missing') problems.unshift(missingDilemma(choice.dilemma));
  if (choice.dilemma && here?.failed === 'offline')
    problems.unshift(
      'Het dilemma kon niet geladen worden; ben je offline? Laad de pagina opnieuw als je weer verbinding hebt.',
    );
  const dilemma = here?.dilemma;
  const methode = methoden.find((m) => m.id === choice.methode);
  // While the dilemma of a complete link is on its way, show neither the chooser nor an empty step.
  const waiting = Boolean(choice.dilemma && !here && methode);
  const running = isRunnable(choice) && !here?.failed;
  useLayoutEffect(() => {
    // Lets print CSS hide the page intro when the printout is the intervision itself.
    document.documentElement.toggleAttribute('data-intervisie-loopt', running);
  }, [running]);

  function go(
    next: { dilemma?: string | undefined; methode?: string | undefined; stap: number },
    push: boolean,
  ) {
    writeSearch(serializeChoice(next), push ? 'push' : 'replace');
    setChoice({ ...next, problems: [] });
  }

  return (
    <div class="iv">
      {problems.length > 0 && (
        <div class="iv-problems" role="alert">
          <p>
            <strong>Deze link klopt niet helemaal.</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {dilemma && methode ? (
        <Session
          key={`${dilemma.id}|${methode.id}`}
          dilemma={dilemma}
          methode={methode}
          stap={choice.stap}
          onStep={(stap) => go({ dilemma: dilemma.id, methode: methode.id, stap }, false)}
          onChangeChoice={() => go({ dilemma: dilemma.id, stap: 0 }, true)}
        />
      ) : waiting ? (
        <p class="iv-muted" role="status">
          Het dilemma wordt geladen…
        </p>
      ) : (
        <Chooser
          key={`${choice.dilemma ?? ''}|${choice.methode ?? ''}`}
          cards={cards}
          methoden={methoden}
          dilemma={here?.failed === 'missing' ? undefined : choice.dilemma}
          dilemmaTitle={dilemma?.title}
          methode={choice.methode}
          onStart={(d, m) => go({ dilemma: d, methode: m, stap: 0 }, true)}
        />
      )}
    </div>
  );
}
