/**
 * "Print voor de groep": the whole intervision on at most two A4 pages — the
 * dilemma with both poles side by side, the steps with minutes, the questions
 * and a few quotes. Hidden on screen; the step view is hidden on paper.
 * No links are printed as addresses: places are named in words.
 */
import { totalMinutes, type IntervisieDilemma, type IntervisieMethode } from '../../lib/intervisie-slots';
import {
  INTERVISIE_ROLE_LABELS,
  INTERVISIE_ROLES,
  SPEAKER_ROLE_LABELS,
  type SpeakerRole,
} from '../../lib/vocabulary';
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
      <p class="iv-print-kicker">
        Intervisie · {methode.title} · {totalMinutes(methode)} minuten
      </p>
      <h2 class="iv-print-title">{dilemma.title}</h2>
      <p>{dilemma.summary}</p>
      <TensionField poles={dilemma.poles} showPull showPitfall />
      <div class="iv-print-cols">
        <div>
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
        </div>
        <div>
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
          <h3>Rollen</h3>
          <ul class="iv-print-roles">
            {INTERVISIE_ROLES.map((r) => (
              <li key={r}>
                <strong>{INTERVISIE_ROLE_LABELS[r]}:</strong> {methode.roles[r]}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p class="iv-print-source">
        Uit Werkzaam: het dilemma ‘{dilemma.title}’ (werkkaart {dilemma.werkkaart.number},{' '}
        {dilemma.werkkaart.title}
        ), met de bronnen op de dilemmapagina. De {methode.title.toLowerCase()} is algemene beroepskennis in
        eigen woorden, niet uit de bronnen van Werkzaam.
      </p>
    </section>
  );
}
