/** All steps with their minutes and planned clock time; jump to any step. */
import { clockTime, schedule } from './timer';
import type { IntervisieStep } from './slots';

interface Props {
  steps: IntervisieStep[];
  current: number;
  /** When the group started (first timer start), or null: then plan from now. */
  startedAt: number | null;
  now: number;
  onGo: (index: number) => void;
}

export default function StepOverview({ steps, current, startedAt, now, onGo }: Props) {
  const plan = schedule(
    steps.map((s) => s.minutes),
    startedAt ?? now,
  );
  const end = plan[plan.length - 1]?.end ?? now;
  return (
    <nav class="iv-overview" aria-labelledby="iv-overview-kop">
      <h2 id="iv-overview-kop" class="iv-box-title">
        Alle stappen
      </h2>
      <p class="iv-muted iv-small">
        {startedAt === null
          ? `Als jullie nu beginnen, zijn jullie om ${clockTime(end)} klaar.`
          : `Begonnen om ${clockTime(startedAt)}; gepland klaar om ${clockTime(end)}.`}
      </p>
      <ol>
        {steps.map((step, i) => (
          <li key={step.title}>
            <button
              type="button"
              class="iv-overview-step"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              <span class="iv-overview-time">{clockTime(plan[i]!.start)}</span>
              <span>
                {i + 1}. {step.title}
              </span>
              <span class="iv-overview-min">{step.minutes} min</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
