/**
 * The reading routes on /start/ with the reader's progress: per route the steps
 * with their time and which are read, "3 van 11 stappen gelezen", a link to
 * continue where they left off, and a reset. Rendered on the server too, so the
 * routes and steps are there without JavaScript (just without progress).
 */
import { useState } from 'preact/hooks';
import { resetRoute, routeOf, summarize } from './progress';
import { useProgress } from './use-progress';

export interface StartRoute {
  id: string;
  steps: { number: number; title: string; minutes: number; href: string }[];
}

function RouteProgress({
  route,
  read,
  summary,
  onReset,
}: {
  route: StartRoute;
  read: Set<number>;
  summary: ReturnType<typeof summarize>;
  onReset: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const resume = summary.continueAt ? route.steps[summary.continueAt - 1] : undefined;
  return (
    <div class="route-progress">
      <p class="route-status" aria-live="polite">
        <strong>{summary.text}</strong>
      </p>
      <div class="route-actions">
        {resume && (
          <a class="button primary" href={resume.href}>
            {summary.started ? `Ga verder met stap ${resume.number}` : 'Begin bij stap 1'}
            <span class="visually-hidden">: {resume.title}</span>
          </a>
        )}
        {!resume && summary.read > 0 && <span>Je hebt alle stappen gelezen.</span>}
        {summary.started && !confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Voortgang wissen
          </button>
        )}
        {confirming && (
          <span class="confirm" role="group" aria-label="Voortgang wissen?">
            <span>Alles van deze route wissen, ook je antwoorden?</span>
            <button
              type="button"
              class="button"
              onClick={() => {
                onReset();
                setConfirming(false);
              }}
            >
              Ja, wissen
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Nee
            </button>
          </span>
        )}
      </div>
      <ol class="route-steps">
        {route.steps.map((step) => (
          <li key={step.number} class={read.has(step.number) ? 'is-read' : undefined}>
            <a href={step.href}>{step.title}</a> <span class="muted">· {step.minutes} min</span>
            {read.has(step.number) && <span class="read-mark"> · ✓ gelezen</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

export default function StartRoutes({ route }: { route: StartRoute }) {
  const { progress, change, message } = useProgress();
  const summary = summarize(progress, route.id, route.steps.length);
  const read = new Set(routeOf(progress, route.id).read);
  return (
    <>
      {message && (
        <p class="storage-message" role="alert">
          {message}
        </p>
      )}
      <RouteProgress
        route={route}
        read={read}
        summary={summary}
        onReset={() => change((p) => resetRoute(p, route.id))}
      />
    </>
  );
}
