/**
 * "Print voor de groep": the whole intervision on two A4 pages. Page 1 is the
 * dilemma for everyone at the table (both poles side by side, the questions, a
 * few quotes); page 2 is the method for whoever leads (steps with minutes,
 * roles). Hidden on screen; on paper only this shows. No addresses are
 * printed: places are named in words.
 */
import { totalMinutes, type IntervisieDilemma, type IntervisieMethode } from './slots';
import {
  INTERVISIE_ROLE_LABELS,
  INTERVISIE_ROLES,
  SPEAKER_ROLE_LABELS,
  type SpeakerRole,
} from '../../shared/vocabulary';
import { TensionField } from './SlotParts';

export default function PrintSheet({
  dilemma,
  methode,
}: {
  dilemma: IntervisieDilemma;
  methode: IntervisieMethode;
}) {
  return (
    <section class="iv-print">
      <div class="iv-print-page">
        <p class="iv-print-kicker">
          Intervisie · werkkaart {dilemma.werkkaart.number}, {dilemma.werkkaart.shortTitle}
        </p>
        <h2 class="iv-print-title">{dilemma.title}</h2>
        <p>{dilemma.summary}</p>
        <TensionField poles={dilemma.poles} showPull showPitfall />
        <h3>Vragen voor de groep</h3>
        <ol>
          {dilemma.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
        {dilemma.quotes.length > 0 && <h3>Uit de praktijk</h3>}
        {dilemma.quotes.slice(0, 3).map((q) => (
          <figure class="iv-quote" key={q.text}>
            <blockquote>
              <p>{q.text}</p>
            </blockquote>
            <figcaption>— {SPEAKER_ROLE_LABELS[q.role as SpeakerRole] ?? q.role}</figcaption>
          </figure>
        ))}
        <p class="iv-print-source">
          Dit dilemma komt uit Werkzaam (Dilemma's › {dilemma.title}); de bronnen staan op de dilemmapagina.
        </p>
      </div>
      <div class="iv-print-page iv-print-method">
        <p class="iv-print-kicker">Intervisie · zo gaan we te werk</p>
        <h2 class="iv-print-title">
          {methode.title} · {totalMinutes(methode)} minuten
        </h2>
        <p>{methode.summary}</p>
        <h3>Stappen</h3>
        <ol class="iv-print-steps">
          {methode.steps.map((s) => (
            <li key={s.title}>
              <strong>
                {s.title} ({s.minutes} min)
              </strong>{' '}
              {s.what}
            </li>
          ))}
        </ol>
        <h3>Rollen</h3>
        <ul class="iv-print-roles">
          {INTERVISIE_ROLES.map((r) => (
            <li key={r}>
              <strong>{INTERVISIE_ROLE_LABELS[r]}:</strong> {methode.roles[r]}
            </li>
          ))}
        </ul>
        <p class="iv-print-source">
          De {methode.title.toLowerCase()} komt niet uit de bronnen van Werkzaam: het is algemene
          beroepskennis, in eigen woorden beschreven (Werkzaam › Intervisiemethoden).
        </p>
      </div>
    </section>
  );
}
