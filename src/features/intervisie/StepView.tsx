/** One step: its number, title, minutes, who is active, what happens, and the dilemma parts. */
import { resolveSlots, type IntervisieDilemma, type IntervisieStep } from './slots';
import { INTERVISIE_ROLE_LABELS } from '../../shared/vocabulary';
import SlotParts from './SlotParts';

interface Props {
  step: IntervisieStep;
  index: number;
  count: number;
  dilemma: IntervisieDilemma;
}

export default function StepView({ step, index, count, dilemma }: Props) {
  return (
    <section class="iv-step" aria-labelledby="iv-step-title">
      <p class="iv-step-meta">
        Stap {index + 1} van {count} · {step.minutes} min
      </p>
      <h2 id="iv-step-title" class="iv-step-title" tabIndex={-1}>
        {step.title}
      </h2>
      <p class="iv-roles">
        <span class="iv-muted">Aan zet: </span>
        {step.roles.map((r) => INTERVISIE_ROLE_LABELS[r]).join(', ')}
      </p>
      <p class="iv-what">{step.what}</p>
      <SlotParts resolved={resolveSlots(step.slots, dilemma)} />
    </section>
  );
}
