/**
 * The countdown of the current step: start, pause, reset, the time left in big
 * digits and the total time so far. When time is up the box changes colour and
 * says so in words; nothing flashes or sounds. A screen reader hears the time
 * left at most once a minute (announcement() only changes per minute).
 */
import {
  announcement,
  elapsed,
  formatDuration,
  IDLE_TIMER,
  isRunning,
  remaining,
  type StepTimer as Timer,
} from './timer';

interface Props {
  timer: Timer | undefined;
  minutes: number;
  now: number;
  totalMs: number;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
}

export default function StepTimer({
  timer = IDLE_TIMER,
  minutes,
  now,
  totalMs,
  onStart,
  onPause,
  onReset,
}: Props) {
  const left = remaining(timer, minutes, now);
  const over = left <= 0;
  const running = isRunning(timer);
  const touched = running || elapsed(timer, now) > 0;
  return (
    <section class={`iv-timer${over ? ' iv-timer-over' : ''}`} aria-labelledby="iv-timer-kop">
      <h2 id="iv-timer-kop" class="iv-box-title">
        Timer voor deze stap
      </h2>
      <p class="iv-countdown" aria-hidden="true">
        {over ? `+${formatDuration(left)}` : formatDuration(left, true)}
      </p>
      <p class="iv-timer-state">
        {over
          ? 'Tijd om — de stap loopt uit.'
          : running
            ? 'Loopt'
            : touched
              ? 'Gepauzeerd'
              : `${minutes} minuten`}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {touched ? announcement(left) : ''}
      </p>
      <div class="iv-timer-buttons">
        {running ? (
          <button type="button" onClick={onPause}>
            Pauze
          </button>
        ) : (
          <button type="button" onClick={onStart}>
            {touched ? 'Verder' : 'Start timer'}
          </button>
        )}
        <button type="button" onClick={() => touched && onReset()} aria-disabled={!touched}>
          Opnieuw
        </button>
      </div>
      <p class="iv-total">Totaal verstreken: {formatDuration(totalMs)}</p>
    </section>
  );
}
