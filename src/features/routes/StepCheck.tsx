/**
 * The interactive part of a route step's page: the "check je begrip" questions
 * (choose, check, see whether it was right and why, with a link to where it is
 * explained) and "Ik heb deze stap gelezen". Answers and read steps are saved on
 * this device only. Without JavaScript the questions are still readable.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { answer, answerOf, markRead, routeOf, visit } from './progress';
import { useProgress } from './use-progress';

export interface CheckQuestion {
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  explainedIn: { href: string; title: string };
  source: { href: string; title: string; plaats: string };
  eigenLezing: boolean;
}

interface Props {
  route: string;
  step: number;
  total: number;
  questions: CheckQuestion[];
}

function Question({
  id,
  number,
  q,
  saved,
  onAnswer,
}: {
  id: string;
  number: number;
  q: CheckQuestion;
  saved: number | undefined;
  onAnswer: (choice: number) => void;
}) {
  const [choice, setChoice] = useState<number | undefined>(saved);
  const [checked, setChecked] = useState<number | undefined>(saved);
  const [missing, setMissing] = useState(false);
  // Follow the stored answer when it comes from elsewhere (first load, another
  // tab), not when it is the echo of this form's own submit: the reader may
  // already be choosing again by then.
  const submitted = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (saved === submitted.current) return;
    setChoice(saved);
    setChecked(saved);
  }, [saved]);
  const right = checked === q.answer;
  return (
    <form
      class="check-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice === undefined) {
          setMissing(true);
          return;
        }
        setMissing(false);
        setChecked(choice);
        submitted.current = choice;
        onAnswer(choice);
      }}
    >
      <fieldset>
        <legend>
          <span class="q-number">Vraag {number}.</span> {q.question}
        </legend>
        {q.options.map((option, i) => (
          <label key={i} class="option">
            <input
              type="radio"
              name={id}
              value={String(i + 1)}
              checked={choice === i + 1}
              onChange={() => setChoice(i + 1)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button">
        Controleer mijn antwoord
      </button>
      <div class="feedback" aria-live="polite">
        {missing && <p>Kies eerst een antwoord.</p>}
        {checked !== undefined && (
          <div class={right ? 'result right' : 'result wrong'}>
            <p>
              <strong>{right ? 'Goed.' : 'Niet goed.'}</strong>{' '}
              {right ? '' : `Het juiste antwoord is: ${q.options[q.answer - 1]}. `}
              {q.explanation}
            </p>
            <p class="check-source">
              Bron: <a href={q.source.href}>{q.source.title}</a>, {q.source.plaats}.
              {q.eigenLezing && ' Dit antwoord is onze lezing van de bron; de bron zegt het niet zo.'}
            </p>
            <p>
              Lees het na: <a href={q.explainedIn.href}>{q.explainedIn.title}</a>
            </p>
          </div>
        )}
      </div>
    </form>
  );
}

export default function StepCheck({ route, step, total, questions }: Props) {
  const { progress, change, loaded, message } = useProgress();

  // Opening a step is where the reader is now: /start/ offers to continue here.
  useEffect(() => {
    if (loaded) change((p) => visit(p, route, step));
    // Only once, after the first load.
  }, [loaded]);

  const read = routeOf(progress, route).read;
  const isRead = read.includes(step);
  const count = read.filter((s) => s <= total).length;

  return (
    <div class="step-check">
      {message && (
        <p class="storage-message" role="alert">
          {message}
        </p>
      )}
      {questions.map((q, i) => (
        <Question
          key={i}
          id={`vraag-${step}-${i + 1}`}
          number={i + 1}
          q={q}
          saved={answerOf(progress, route, step, i + 1)}
          onAnswer={(choice) => change((p) => answer(p, route, step, i + 1, choice))}
        />
      ))}
      <div class="step-done">
        <label class="read-toggle">
          <input
            type="checkbox"
            checked={isRead}
            onChange={() => change((p) => markRead(p, route, step, !isRead))}
          />{' '}
          Ik heb deze stap gelezen
        </label>
        <p class="muted" aria-live="polite">
          {count} van {total} stappen gelezen
        </p>
      </div>
    </div>
  );
}
