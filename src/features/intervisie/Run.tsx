/**
 * A running intervision: one step at a time with its timer, the overview of
 * all steps, the group's notes, presentation mode and the printout.
 * Timers and notes live in this tab's sessionStorage (a reload keeps them,
 * closing the tab ends them); the step lives in the URL (the parent's job).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StorageArea } from '../../shared/client/device-storage';
import { totalMinutes, type IntervisieDilemma, type IntervisieMethode } from './slots';
import {
  createSessionStore,
  emptySession,
  hasNotes,
  sessionKey,
  timerOf,
  withNote,
  withoutNotes,
  withTimer,
  type IntervisieSession,
} from './run';
import { IDLE_TIMER, isRunning, pause, start, totalElapsed } from './timer';
import GroupNotes from './GroupNotes';
import PrintSheet from './PrintSheet';
import StepOverview from './StepOverview';
import StepTimer from './StepTimer';
import StepView from './StepView';
import { usePresentation } from './presentation';

interface Props {
  dilemma: IntervisieDilemma;
  methode: IntervisieMethode;
  stap: number;
  onStep: (stap: number) => void;
  onChangeChoice: () => void;
}

/**
 * This tab's sessionStorage, looked up on every call: where a browser refuses
 * it (even reading `window.sessionStorage` can throw), device-storage catches
 * the error and says so, and the timers and notes live on in memory only.
 */
const tabStorage: StorageArea = {
  getItem: (key) => window.sessionStorage.getItem(key),
  setItem: (key, value) => window.sessionStorage.setItem(key, value),
  removeItem: (key) => window.sessionStorage.removeItem(key),
};

/** Keys that move between steps; a presenter's clicker sends PageDown/PageUp. */
const NEXT = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('textarea, input, select')) return true;
  // Space activates a focused button or link: leave that to the browser.
  return key === ' ' && Boolean(target.closest('button, a, summary'));
}

export default function Session({ dilemma, methode, stap, onStep, onChangeChoice }: Props) {
  const store = useMemo(() => createSessionStore(tabStorage), []);
  const key = sessionKey(dilemma.id, methode.id);
  const [loaded] = useState(() => store.load());
  const [message, setMessage] = useState(loaded.message ?? '');
  const [session, setSession] = useState<IntervisieSession>(() => loaded.value[key] ?? emptySession());
  const [now, setNow] = useState(() => Date.now());
  const root = useRef<HTMLElement>(null);
  const { presenting, enter, leave } = usePresentation(root);

  const count = methode.steps.length;
  const step = methode.steps[stap] ?? methode.steps[0]!;
  const timers = methode.steps.map((_, i) => timerOf(session, i));
  const anyRunning = timers.some((t) => t && isRunning(t));

  function update(next: IntervisieSession) {
    setSession(next);
    const all = store.load().value;
    const saved = store.save({ ...all, [key]: next });
    setMessage(saved.ok ? '' : (saved.message ?? ''));
  }

  useEffect(() => {
    if (!anyRunning) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [anyRunning]);

  // The latest session and step, for key presses that arrive before the next
  // render (a fast facilitator, a busy laptop): a handler must never act on a
  // stale copy and lose the running timer.
  const latest = useRef({ session, stap });
  latest.current = { session, stap };

  function goTo(index: number) {
    const { session: was, stap: from } = latest.current;
    if (index < 0 || index >= count || index === from) return;
    // The timer of the step you leave stops; if it was running, the next step's
    // timer starts, so a group that keeps time does not have to press start again.
    const t = Date.now();
    const current = timerOf(was, from);
    if (current && isRunning(current)) {
      const paused = withTimer(was, from, pause(current, t));
      const next = withTimer(paused, index, start(timerOf(paused, index) ?? IDLE_TIMER, t));
      latest.current = { session: next, stap: index };
      update(next);
    } else {
      latest.current = { session: was, stap: index };
    }
    setNow(t);
    onStep(index);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      if (NEXT.has(e.key)) {
        e.preventDefault();
        goTo(latest.current.stap + 1);
      } else if (PREVIOUS.has(e.key)) {
        e.preventDefault();
        goTo(latest.current.stap - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const timerNow = Date.now();
  const timer = timerOf(session, stap);

  return (
    <>
      <section
        ref={root}
        class={`iv-session${presenting ? ' iv-presenting' : ''}`}
        aria-label="Intervisie, stap voor stap"
      >
        <div class="iv-bar">
          <p class="iv-context">
            <a href={dilemma.url}>{dilemma.title}</a>
            <span class="iv-muted">
              {' '}
              · {methode.title}, {totalMinutes(methode)} min
            </span>
          </p>
          <div class="iv-actions">
            {presenting ? (
              <button type="button" onClick={() => void leave()}>
                Presentatie verlaten (Esc)
              </button>
            ) : (
              <>
                <button type="button" onClick={() => void enter()}>
                  Presenteren
                </button>
                <button type="button" onClick={() => window.print()}>
                  Print voor de groep
                </button>
                <button type="button" onClick={onChangeChoice}>
                  Ander dilemma of methode
                </button>
              </>
            )}
          </div>
        </div>
        {message && (
          <p class="iv-problems" role="alert">
            {message}
          </p>
        )}
        <div class="iv-layout">
          <StepView step={step} index={stap} count={count} dilemma={dilemma} />
          <div class="iv-side">
            <StepTimer
              timer={timer}
              minutes={step.minutes}
              now={Math.max(now, timerNow)}
              totalMs={totalElapsed(timers, Math.max(now, timerNow))}
              onStart={() => {
                const t = Date.now();
                setNow(t);
                update(withTimer(session, stap, start(timer ?? IDLE_TIMER, t)));
              }}
              onPause={() => update(withTimer(session, stap, pause(timer ?? IDLE_TIMER, Date.now())))}
              onReset={() => update(withTimer(session, stap, IDLE_TIMER))}
            />
            <StepOverview
              steps={methode.steps}
              current={stap}
              startedAt={session.startedAt}
              now={Math.max(now, timerNow)}
              onGo={goTo}
            />
          </div>
        </div>
        <nav class="iv-pager" aria-label="Stappen">
          <button type="button" onClick={() => goTo(stap - 1)} aria-disabled={stap === 0}>
            ← Vorige<span class="iv-wide"> stap</span>
          </button>
          <p class="iv-pager-status" aria-live="polite">
            Stap {stap + 1} van {count}: {step.title}
          </p>
          <button
            type="button"
            class="iv-primary"
            onClick={() => goTo(stap + 1)}
            aria-disabled={stap === count - 1}
          >
            Volgende<span class="iv-wide"> stap</span> →
          </button>
        </nav>
        <p class="iv-keys iv-muted iv-small">
          Toetsen: pijl rechts of spatie = volgende stap, pijl links = vorige stap
          {presenting ? ', Esc = presentatie verlaten.' : '.'}
        </p>
        {!presenting && (
          <GroupNotes
            step={stap}
            text={session.notes[String(stap)] ?? ''}
            anyNotes={hasNotes(session)}
            onChange={(text) => update(withNote(session, stap, text))}
            onClearAll={() => update(withoutNotes(session))}
          />
        )}
      </section>
      <PrintSheet dilemma={dilemma} methode={methode} />
    </>
  );
}
