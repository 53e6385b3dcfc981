/**
 * One aid at /werkhulpen/<id>/. It renders whatever the aid's content file
 * holds (shaped by werkhulpen.build.ts); the result logic is in result.ts.
 * Answers live only in this component's state: nothing is stored, nothing goes
 * into the address, nothing leaves the tab. A reload asks first when there are
 * answers, because the answers describe a real family and are gone after it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import {
  DOMAIN_ANSWERS,
  DOMAIN_ANSWER_LABELS,
  REFLECTION_ANSWERS,
  REFLECTION_LABELS,
  YES_NO_ANSWERS,
  YES_NO_LABELS,
} from '../../shared/vocabulary';
import {
  doelenResult,
  questionKey,
  reflectieResult,
  textIssues,
  verkennerResult,
  type Aid,
  type DoelenAid,
  type Link,
  type ReflectieAid,
  type Said,
  type Source,
  type VerkennerAid,
} from './result';

type Answers = Record<string, string | undefined>;

export default function Werkhulp({ aid }: { aid: Aid }) {
  const [answers, setAnswers] = useState<Answers>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  // Set once hydrated, so tests (and styles) know the answers are live.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const filled =
    Object.values(answers).some((a) => a !== undefined) || Object.values(texts).some((t) => t.trim() !== '');

  useEffect(() => {
    if (!filled) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show their own "leave page?" question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [filled]);

  const set = (key: string, value: string) => setAnswers((a) => ({ ...a, [key]: value }));
  const setText = (key: string, value: string) => setTexts((t) => ({ ...t, [key]: value }));
  const clear = () => {
    setAnswers({});
    setTexts({});
  };

  return (
    <div class="werkhulp" data-filled={filled ? 'ja' : 'nee'} data-ready={ready ? 'ja' : 'nee'}>
      {aid.kind === 'verkenner' && <Verkenner aid={aid} answers={answers} set={set} />}
      {aid.kind === 'doelen' && (
        <Doelen aid={aid} answers={answers} set={set} texts={texts} setText={setText} />
      )}
      {aid.kind === 'reflectie' && <Reflectie aid={aid} answers={answers} set={set} />}
      <div class="wh-actions no-print">
        <button type="button" class="wh-clear" onClick={clear} disabled={!filled}>
          Alles wissen
        </button>
        <button type="button" class="wh-print-button" onClick={() => window.print()}>
          Printen
        </button>
      </div>
      <Links title="Lees verder" links={aid.readNext} />
    </div>
  );
}

/* ---------- parts ---------- */

function Bron({ sources, eigenLezing }: { sources: Source[]; eigenLezing?: boolean | undefined }) {
  return (
    <p class="wh-bron">
      {eigenLezing && <span class="wh-eigen">Onze lezing, niet uit de bron. </span>}
      Bron: {sources.map((s) => `${s.title}, ${s.plaats}`).join('; ')}
    </p>
  );
}

function Text({ said, as = 'p' }: { said: Said; as?: 'p' | 'div' }) {
  const Tag = as;
  return (
    <div class={said.eigenLezing ? 'wh-said wh-said-eigen' : 'wh-said'}>
      <Tag>{said.text}</Tag>
      <Bron sources={said.sources} eigenLezing={said.eigenLezing} />
    </div>
  );
}

function Choice<T extends string>({
  name,
  legend,
  options,
  labels,
  value,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string | undefined;
  onChange: (value: T) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="wh-choice">
      <legend>{legend}</legend>
      {children}
      <div class="wh-options">
        {options.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />{' '}
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Links({ title, links }: { title: string; links: (Link & { because?: string[] })[] }) {
  if (links.length === 0) return null;
  return (
    <section class="wh-links">
      <h2>{title}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <span class="wh-kind">{link.kind}</span> <a href={link.href}>{link.title}</a>
            <span class="wh-url"> {link.href}</span>
            {link.because && link.because.length > 0 && (
              <span class="muted"> — bij {link.because.join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const answerLabel = (labels: Record<string, string>, value: string | undefined) =>
  value === undefined ? '—' : (labels[value] ?? value);

/* ---------- Gezinsverkenner ---------- */

function Verkenner({
  aid,
  answers,
  set,
}: {
  aid: VerkennerAid & Aid;
  answers: Answers;
  set: (k: string, v: string) => void;
}) {
  const domainAnswers = Object.fromEntries(
    aid.domains.map((d) => [d.id, answers[`domein:${d.id}`]]),
  ) as never;
  const result = verkennerResult(aid, { domains: domainAnswers, yesNo: answers as never });
  const { domainCount, kenmerken } = aid.criteria;
  const typeOf = (id: string) => aid.types.find((t) => t.id === id)!;
  return (
    <>
      <section class="wh-step" aria-labelledby="wh-domeinen">
        <h2 id="wh-domeinen">1. De zeven levensgebieden</h2>
        <Text said={aid.domainsIntro} />
        {aid.domains.map((d) => (
          <Choice
            key={d.id}
            name={`domein-${d.id}`}
            legend={d.title}
            options={DOMAIN_ANSWERS}
            labels={DOMAIN_ANSWER_LABELS}
            value={answers[`domein:${d.id}`]}
            onChange={(v) => set(`domein:${d.id}`, v)}
          >
            <p class="wh-question">{d.question}</p>
            <Bron sources={d.sources} />
          </Choice>
        ))}
      </section>
      <section class="wh-step" aria-labelledby="wh-kenmerken">
        <h2 id="wh-kenmerken">2. Kenmerken van de werkkaart</h2>
        <Text said={aid.kenmerkenIntro} />
        {aid.kenmerken.map((k) => (
          <Choice
            key={k.id}
            name={`kenmerk-${k.id}`}
            legend={k.question}
            options={YES_NO_ANSWERS}
            labels={YES_NO_LABELS}
            value={answers[k.id]}
            onChange={(v) => set(k.id, v)}
          >
            <Bron sources={k.sources} eigenLezing={k.eigenLezing} />
          </Choice>
        ))}
      </section>
      <section class="wh-step" aria-labelledby="wh-typen">
        <h2 id="wh-typen">3. Welke hulp heeft het gezin nodig?</h2>
        <Text said={aid.typesIntro} />
        {aid.types.flatMap((t) =>
          t.signals.map((s) => (
            <Choice
              key={s.id}
              name={`signaal-${s.id}`}
              legend={s.question}
              options={YES_NO_ANSWERS}
              labels={YES_NO_LABELS}
              value={answers[s.id]}
              onChange={(v) => set(s.id, v)}
            >
              <Bron sources={s.sources} eigenLezing={s.eigenLezing} />
            </Choice>
          )),
        )}
      </section>

      <section class="wh-result" aria-labelledby="wh-uitkomst" aria-live="polite">
        <h2 id="wh-uitkomst">Wat je antwoorden laten zien</h2>
        <p class="wh-warning">
          <strong>{aid.notADiagnosis.text}</strong>
        </p>
        <Bron sources={aid.notADiagnosis.sources} eigenLezing={aid.notADiagnosis.eigenLezing} />
        {result.answered === 0 ? (
          <p class="wh-empty">
            Je hebt nog niets ingevuld. De uitkomst verschijnt hier terwijl je antwoordt.
          </p>
        ) : (
          <>
            <p class="wh-summary">
              Zorgen op {result.concerns.length} van de {aid.domains.length} levensgebieden
              {result.concerns.length > 0 &&
                `: ${result.concerns.map((id) => aid.domains.find((d) => d.id === id)!.title).join(', ')}`}
              .{result.unknown.length > 0 && ` Nog niet bekend: ${result.unknown.length}.`}
            </p>
            <h3>Twee lezingen van de bronnen</h3>
            <div class="wh-readings">
              <div class="wh-reading" data-outcome={domainCount && result.domainCount.outcome}>
                <h4>{domainCount.label}</h4>
                <p>{domainCount.text}</p>
                <p class="wh-outcome">
                  <strong>
                    {result.domainCount.count} van {domainCount.of} gebieden, minimaal {domainCount.minimum}:
                  </strong>{' '}
                  {domainCount.outcomes[result.domainCount.outcome]}
                </p>
                <Bron sources={domainCount.sources} />
              </div>
              <div class="wh-reading" data-outcome={result.traits.outcome}>
                <h4>{kenmerken.label}</h4>
                <p>{kenmerken.text}</p>
                <p class="wh-outcome">
                  <strong>
                    {result.traits.coreRecognised} van de {result.traits.coreTotal} kernkenmerken,{' '}
                    {result.traits.recognised.length} van de {aid.kenmerken.length} kenmerken herkend:
                  </strong>{' '}
                  {kenmerken.outcomes[result.traits.outcome]}
                </p>
                <Bron sources={kenmerken.sources} />
              </div>
            </div>
            <h3>Gezinstype</h3>
            {result.types.length === 0 ? (
              <p class="wh-type-none">
                Nog geen gezinstype: beantwoord de vragen bij stap 3 met "ja" waar je iets herkent.
              </p>
            ) : (
              <ul class="wh-types">
                {result.types.map((t) => {
                  const type = typeOf(t.id);
                  return (
                    <li key={t.id} class="wh-type">
                      <a href={type.href}>{type.title}</a>
                      <span class="wh-url"> {type.href}</span>
                      {t.priority && <strong> — eerst: veiligheid en opschaling</strong>}
                      <span class="muted">
                        {' '}
                        ({t.yes} van {type.signals.length} herkend)
                      </span>
                      <span class="wh-type-summary">
                        <br />
                        {type.summary}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
            <Text said={aid.typeRule} />
            <Links title="Past bij wat je aangaf" links={result.readNext} />
          </>
        )}
      </section>
    </>
  );
}

/* ---------- MAGIE ---------- */

function Doelen({
  aid,
  answers,
  set,
  texts,
  setText,
}: {
  aid: DoelenAid & Aid;
  answers: Answers;
  set: (k: string, v: string) => void;
  texts: Record<string, string>;
  setText: (k: string, v: string) => void;
}) {
  const goal = texts['doel'] ?? '';
  const evaluation = texts['evaluatie'] ?? '';
  const goalIssues = textIssues(goal, aid.goal.maxLength);
  const evalIssues = textIssues(evaluation, aid.evaluation.maxLength);
  const result = doelenResult(aid, answers as never);
  const scale = answers['schaal'];
  return (
    <>
      <section class="wh-step" aria-labelledby="wh-doel">
        <h2 id="wh-doel">1. Het doel</h2>
        <TextField
          id="wh-doel-tekst"
          field={aid.goal}
          value={goal}
          onInput={(v) => setText('doel', v)}
          issues={goalIssues}
          multiline
        />
      </section>
      <section class="wh-step" aria-labelledby="wh-letters">
        <h2 id="wh-letters">2. De vijf letters</h2>
        <Text said={aid.lettersNote} />
        {aid.letters.map((l, li) => {
          const status = result.letters[li]!.status;
          return (
            <div class="wh-letter" key={l.letter}>
              <h3>
                <span class="wh-letter-mark" aria-hidden="true">
                  {l.letter}
                </span>{' '}
                {l.word}
              </h3>
              {l.questions.map((q, qi) => (
                <Choice
                  key={qi}
                  name={`magie-${questionKey(l.letter, qi)}`}
                  legend={q.text}
                  options={YES_NO_ANSWERS}
                  labels={YES_NO_LABELS}
                  value={answers[questionKey(l.letter, qi)]}
                  onChange={(v) => set(questionKey(l.letter, qi), v)}
                >
                  <Bron sources={q.sources} eigenLezing={q.eigenLezing} />
                </Choice>
              ))}
              {status !== 'in-orde' && (
                <div class="wh-advice" data-status={status}>
                  <p>
                    <strong>
                      {status === 'aandacht' ? 'Vraag of verander: ' : 'Als het nog niet zo is: '}
                    </strong>
                    {l.advice.text}
                  </p>
                  <Bron sources={l.advice.sources} eigenLezing={l.advice.eigenLezing} />
                </div>
              )}
            </div>
          );
        })}
      </section>
      <section class="wh-step" aria-labelledby="wh-volgen">
        <h2 id="wh-volgen">3. De vooruitgang volgen</h2>
        <Text said={aid.followUpIntro} />
        <ul class="wh-followup">
          {aid.followUp.map((f, i) => (
            <li key={i}>
              {f.text}
              <Bron sources={f.sources} eigenLezing={f.eigenLezing} />
            </li>
          ))}
        </ul>
        <div class="wh-field">
          <label for="wh-schaal">{aid.scale.label}</label>
          {aid.scale.hint && (
            <p class="wh-hint" id="wh-schaal-hint">
              {aid.scale.hint}
            </p>
          )}
          <select
            id="wh-schaal"
            aria-describedby={aid.scale.hint ? 'wh-schaal-hint' : undefined}
            value={scale ?? ''}
            onChange={(e) => set('schaal', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">Nog niet gevraagd</option>
            {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <Bron sources={aid.scale.sources} />
        </div>
        <TextField
          id="wh-evaluatie"
          field={aid.evaluation}
          value={evaluation}
          onInput={(v) => setText('evaluatie', v)}
          issues={evalIssues}
        />
      </section>
      <section class="wh-result" aria-labelledby="wh-uitkomst" aria-live="polite">
        <h2 id="wh-uitkomst">Het doel en zijn check</h2>
        {goal.trim() === '' ? (
          <p class="wh-empty">Schrijf bij stap 1 het doel op; dan staat het hier met zijn check.</p>
        ) : (
          <blockquote class="wh-goal">{goal}</blockquote>
        )}
        <ul class="wh-check">
          {aid.letters.map((l, i) => {
            const status = result.letters[i]!.status;
            return (
              <li key={l.letter} data-status={status}>
                <strong>
                  {l.letter} · {l.word}:
                </strong>{' '}
                {status === 'in-orde'
                  ? 'in orde'
                  : status === 'aandacht'
                    ? `vraag of verander — ${l.advice.text}`
                    : 'nog niet nagelopen'}
              </li>
            );
          })}
        </ul>
        <p class="wh-summary">
          {result.done} van de {aid.letters.length} letters in orde.
          {scale ? ` Schaalvraag nu: ${scale} van 10.` : ''}
          {evaluation.trim() ? ` Bespreken: ${evaluation}.` : ''}
        </p>
      </section>
    </>
  );
}

function TextField({
  id,
  field,
  value,
  onInput,
  issues,
  multiline = false,
}: {
  id: string;
  field: DoelenAid['goal'];
  value: string;
  onInput: (value: string) => void;
  issues: ReturnType<typeof textIssues>;
  multiline?: boolean;
}) {
  const describedBy = [field.hint ? `${id}-hint` : '', issues.length ? `${id}-fout` : '', `${id}-teller`]
    .filter(Boolean)
    .join(' ');
  const props = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': issues.some((i) => i.kind === 'te-lang') ? ('true' as const) : undefined,
    autocomplete: 'off',
    spellcheck: true,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="wh-field">
      <label for={id}>{field.label}</label>
      {field.hint && (
        <p class="wh-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      )}
      {/* No maxlength attribute: a browser would silently cut a pasted text; the message says it instead. */}
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      <p class="wh-counter" id={`${id}-teller`}>
        {[...value].length}
        {field.maxLength ? ` van ${field.maxLength}` : ''} tekens
      </p>
      {issues.length > 0 && (
        <div class="wh-error" id={`${id}-fout`} role="alert">
          {issues.map((i) => (
            <p key={i.kind}>{i.message}</p>
          ))}
        </div>
      )}
      <Bron sources={field.sources} eigenLezing={field.eigenLezing} />
    </div>
  );
}

/* ---------- Reflectie ---------- */

function Reflectie({
  aid,
  answers,
  set,
}: {
  aid: ReflectieAid & Aid;
  answers: Answers;
  set: (k: string, v: string) => void;
}) {
  const result = reflectieResult(aid, answers as never);
  const criterion = (id: string) => aid.groups.flatMap((g) => g.criteria).find((c) => c.id === id)!;
  const outcome = aid.outcomes[result.outcome];
  return (
    <>
      <Text said={aid.answers} />
      {aid.groups.map((g, gi) => (
        <section class="wh-step" key={g.title} aria-labelledby={`wh-groep-${gi}`}>
          <h2 id={`wh-groep-${gi}`}>
            {gi + 1}. {g.title}
          </h2>
          <p>{g.text}</p>
          <Bron sources={g.sources} />
          {g.criteria.map((c) => (
            <Choice
              key={c.id}
              name={`criterium-${c.id}`}
              legend={c.text}
              options={REFLECTION_ANSWERS}
              labels={REFLECTION_LABELS}
              value={answers[c.id]}
              onChange={(v) => set(c.id, v)}
            >
              {c.help && <p class="wh-hint">{c.help}</p>}
              {(c.element || c.dilemma) && (
                <p class="wh-related">
                  {c.element && (
                    <>
                      Helpt: <a href={c.element.href}>{c.element.title}</a>{' '}
                    </>
                  )}
                  {c.dilemma && (
                    <>
                      Trekt aan dit oordeel: <a href={c.dilemma.href}>{c.dilemma.title}</a>
                    </>
                  )}
                </p>
              )}
              <Bron sources={c.sources} eigenLezing={c.eigenLezing} />
            </Choice>
          ))}
        </section>
      ))}
      <section class="wh-result" aria-labelledby="wh-uitkomst" aria-live="polite">
        <h2 id="wh-uitkomst">Wat je aangaf</h2>
        <p class="wh-warning">
          <strong>{aid.notAVerdict.text}</strong>
        </p>
        <Bron sources={aid.notAVerdict.sources} eigenLezing={aid.notAVerdict.eigenLezing} />
        <div class="wh-outcome" data-outcome={result.outcome}>
          <Text said={outcome} />
        </div>
        {result.toDiscuss.length > 0 && (
          <>
            <h3>Om te bespreken</h3>
            <ul class="wh-discuss">
              {result.toDiscuss.map((d) => {
                const c = criterion(d.id);
                const links = [c.element, c.dilemma].filter((x): x is Link => x !== undefined);
                return (
                  <li key={d.id}>
                    <strong>{answerLabel(REFLECTION_LABELS, d.answer)}:</strong> {c.text}
                    {links.map((l) => (
                      <span key={l.href}>
                        {' '}
                        · <a href={l.href}>{l.title}</a>
                        <span class="wh-url"> {l.href}</span>
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
