/** The parts of the dilemma a step shows (see src/features/intervisie/slots.ts). */
import type { IntervisiePole, ResolvedStep, SlotPart } from './slots';
import { INTERVISIE_SLOT_LABELS, SPEAKER_ROLE_LABELS, type SpeakerRole } from '../../shared/vocabulary';

export function TensionField({
  poles,
  showPull,
  showPitfall,
}: {
  poles: IntervisiePole[];
  showPull: boolean;
  showPitfall: boolean;
}) {
  return (
    <div class="iv-tension" data-accent="dilemma">
      {poles.map((pole, i) => (
        <>
          {i === 1 && (
            <div class="iv-versus" aria-hidden="true">
              versus
            </div>
          )}
          <section
            class={`iv-pole iv-pole-${pole.side.toLowerCase()}`}
            aria-label={`Kant ${pole.side}: ${pole.label}`}
          >
            <p class="iv-pole-label">{pole.label}</p>
            {(showPull || showPitfall) && (
              <dl>
                {showPull && (
                  <>
                    <dt>Wat trekt naar deze kant</dt>
                    <dd>{pole.pull}</dd>
                  </>
                )}
                {showPitfall && (
                  <>
                    <dt>Valkuil</dt>
                    <dd>{pole.pitfall}</dd>
                  </>
                )}
              </dl>
            )}
          </section>
        </>
      ))}
    </div>
  );
}

function Part({ part }: { part: SlotPart }) {
  switch (part.kind) {
    case 'dilemma':
      return (
        <div class="iv-dilemma">
          <p class="iv-dilemma-title">{part.title}</p>
          <p>{part.summary}</p>
        </div>
      );
    case 'werkkaart':
      return (
        <p>
          Werkkaart {part.number}: <a href={part.url}>{part.title}</a>
        </p>
      );
    case 'polen':
      return <TensionField poles={part.poles} showPull={part.showPull} showPitfall={part.showPitfall} />;
    case 'elementen':
      return (
        <ul class="iv-elements">
          {part.items.map((item) => (
            <li key={item.url}>
              <a href={item.url}>{item.title}</a>{' '}
              <span class="iv-muted">
                (kant {item.side}: {item.pole})
              </span>
              <br />
              {item.summary}
            </li>
          ))}
        </ul>
      );
    case 'vragen':
      return (
        <ol class="iv-questions">
          {part.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      );
    case 'citaten':
      return (
        <>
          {part.quotes.map((q) => (
            <figure class="iv-quote" key={q.text}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              <figcaption>
                — {SPEAKER_ROLE_LABELS[q.role as SpeakerRole] ?? q.role}
                {q.context && <span class="iv-muted">, {q.context}</span>}
              </figcaption>
            </figure>
          ))}
        </>
      );
  }
}

const HEADINGS: Record<SlotPart['kind'], string> = {
  dilemma: INTERVISIE_SLOT_LABELS.dilemma,
  werkkaart: INTERVISIE_SLOT_LABELS.werkkaart,
  polen: INTERVISIE_SLOT_LABELS.polen,
  elementen: INTERVISIE_SLOT_LABELS.elementen,
  vragen: INTERVISIE_SLOT_LABELS.vragen,
  citaten: INTERVISIE_SLOT_LABELS.citaten,
};

export default function SlotParts({ resolved }: { resolved: ResolvedStep }) {
  return (
    <div class="iv-parts">
      {resolved.parts.map((part) => (
        <section class={`iv-part iv-part-${part.kind}`} key={part.kind}>
          <h3>{HEADINGS[part.kind]}</h3>
          <Part part={part} />
        </section>
      ))}
      {resolved.empty.length > 0 && (
        <p class="iv-muted">
          Bij dit dilemma staan geen{' '}
          {resolved.empty.map((s) => INTERVISIE_SLOT_LABELS[s].toLowerCase()).join(' en geen ')}. Werk in deze
          stap met de casus van de inbrenger.
        </p>
      )}
      {resolved.parts.length === 0 && resolved.empty.length === 0 && (
        <p class="iv-muted">
          In deze stap werkt de groep met de casus van de inbrenger; het dilemma blijft even op de
          achtergrond.
        </p>
      )}
    </div>
  );
}
