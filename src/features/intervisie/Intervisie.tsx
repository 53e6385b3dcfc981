/**
 * The intervision mode's island. It owns the choice (dilemma, method, step),
 * which lives in the URL: read on load and on back/forward, written on every
 * change. The data of all dilemmas and methods arrives as props, built at
 * build time, so the chosen step renders at once without a fetch.
 *
 * The server renders the chooser (what this component shows before it reads
 * the URL); the URL is read in a layout effect, before the first paint after
 * hydration, so the step view replaces the chooser without an empty frame.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { IntervisieDilemma, IntervisieMethode } from './slots';
import { isRunnable, parseChoice, serializeChoice, type ParsedChoice } from './url';
import Chooser from './Chooser';
import Session from './Run';
import { watchSearch, writeSearch } from '../../shared/client/url-state';

interface Props {
  dilemmas: IntervisieDilemma[];
  methoden: IntervisieMethode[];
}

export default function Intervisie({ dilemmas, methoden }: Props) {
  const known = useMemo(
    () => ({
      dilemmas: new Set(dilemmas.map((d) => d.id)),
      methoden: new Map(methoden.map((m) => [m.id, m.steps.length])),
    }),
    [dilemmas, methoden],
  );
  const [choice, setChoice] = useState<ParsedChoice>({ stap: 0, problems: [] });

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

  const running = isRunnable(choice);
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

  const dilemma = dilemmas.find((d) => d.id === choice.dilemma);
  const methode = methoden.find((m) => m.id === choice.methode);

  return (
    <div class="iv">
      {choice.problems.length > 0 && (
        <div class="iv-problems" role="alert">
          <p>
            <strong>Deze link klopt niet helemaal.</strong>
          </p>
          <ul>
            {choice.problems.map((p) => (
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
      ) : (
        <Chooser
          key={`${choice.dilemma ?? ''}|${choice.methode ?? ''}`}
          dilemmas={dilemmas}
          methoden={methoden}
          dilemma={choice.dilemma}
          methode={choice.methode}
          onStart={(d, m) => go({ dilemma: d, methode: m, stap: 0 }, true)}
        />
      )}
    </div>
  );
}
