/**
 * What goes on paper, one of three at a time: the trainer's plan, the
 * participants' handout (no trainer's notes), or A6 cards four to an A4 with
 * cut marks. Hidden on screen; src/features/sessie/sessie.css lays them out for print.
 */
import type { Session } from './basics';
import { splitEntryKey } from '../../shared/entry-address';
import { BLOCK_LABELS, SPEAKER_ROLE_LABELS, type SpeakerRole } from '../../shared/vocabulary';
import { CARD_COLLECTIONS, type IndexEntry, type SessionIndex } from './entry-index';
import { formatDuration, runningTimes, total } from './time';
import { entryOf, itemTitle } from './labels';

export type PrintMode = 'plan' | 'handout' | 'cards';

interface Props {
  mode: PrintMode;
  session: Session;
  index: SessionIndex | null;
}

/** A stored entry's role is a plain string (old devices); unknown roles print as written. */
function roleLabel(role: string): string {
  return SPEAKER_ROLE_LABELS[role as SpeakerRole] ?? role;
}

function Meta({ session }: { session: Session }) {
  const minutes = session.items.map((i) => i.minutes);
  const { end } = runningTimes(session.start, minutes);
  return (
    <p class="print-meta">
      {[session.date, `${session.start}–${end} (${formatDuration(total(minutes))})`, session.audience]
        .filter(Boolean)
        .join(' · ')}
      {session.goal && (
        <>
          <br />
          Doel: {session.goal}
        </>
      )}
    </p>
  );
}

function PlanPrint({ session, index }: Omit<Props, 'mode'>) {
  const { starts } = runningTimes(
    session.start,
    session.items.map((i) => i.minutes),
  );
  return (
    <div class="print-plan">
      <h1>{session.title || 'Sessie'}</h1>
      <Meta session={session} />
      <table>
        <thead>
          <tr>
            <th scope="col">Tijd</th>
            <th scope="col">Min.</th>
            <th scope="col">Blok</th>
            <th scope="col">Onderdeel en notities</th>
          </tr>
        </thead>
        <tbody>
          {session.items.map((item, at) => (
            <tr key={item.key}>
              <td>{starts[at]}</td>
              <td>{item.minutes}</td>
              <td>{BLOCK_LABELS[item.block]}</td>
              <td>
                <strong>{itemTitle(item, index)}</strong>
                {item.notes && <p class="print-notes">{item.notes}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Poles({ entry }: { entry: IndexEntry }) {
  if (!entry.poles) return null;
  return (
    <div class="print-poles">
      {entry.poles.map((pole, i) => (
        <div class={`print-pole pole-${i === 0 ? 'a' : 'b'}`} key={pole.label}>
          <strong>{pole.label}</strong>
          <p>{pole.pull}</p>
        </div>
      ))}
    </div>
  );
}

function HandoutPrint({ session, index }: Omit<Props, 'mode'>) {
  const { starts } = runningTimes(
    session.start,
    session.items.map((i) => i.minutes),
  );
  return (
    <div class="print-handout">
      <h1>{session.title || 'Sessie'}</h1>
      <Meta session={session} />
      <h2>Programma</h2>
      <ol class="print-programme">
        {session.items.map((item, at) => (
          <li key={item.key}>
            {starts[at]} — {itemTitle(item, index)}
          </li>
        ))}
      </ol>
      {session.items.map((item) => {
        const entry = entryOf(item, index);
        if (!entry) return null;
        return (
          <section class="print-entry" key={item.key}>
            <h2>
              {entry.quote ? `Citaat van een ${entry.quote.role}` : entry.title}{' '}
              <span class="print-kind">{entry.kind}</span>
            </h2>
            {entry.quote ? (
              <blockquote>
                <p>‘{entry.quote.text}’</p>
                <footer>— {roleLabel(entry.quote.role)}</footer>
              </blockquote>
            ) : (
              <p>{entry.summary}</p>
            )}
            <Poles entry={entry} />
            {entry.questions && (
              <>
                <h3>Vragen</h3>
                <ol>
                  {entry.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
        );
      })}
      <p class="print-source">Uit Werkzaam — kennis over werken met multistressgezinnen.</p>
    </div>
  );
}

/** Quotes get smaller type as they get longer, so each fits on its card. */
function quoteSize(text: string): string {
  return text.length > 320 ? 'long' : text.length > 170 ? 'medium' : 'short';
}

function Card({ entry }: { entry: IndexEntry }) {
  if (entry.quote) {
    return (
      <div class={`card card-quote ${quoteSize(entry.quote.text)}`} data-accent="neutral">
        <blockquote>‘{entry.quote.text}’</blockquote>
        <p class="card-role">— {roleLabel(entry.quote.role)}</p>
      </div>
    );
  }
  if (entry.poles) {
    return (
      <div class="card card-dilemma" data-accent="dilemma">
        <p class="card-title">{entry.title}</p>
        <div class="card-poles">
          <div class="card-pole pole-a">
            <strong>{entry.poles[0].label}</strong>
            <p>{entry.poles[0].pull}</p>
          </div>
          <span class="card-versus">versus</span>
          <div class="card-pole pole-b">
            <strong>{entry.poles[1].label}</strong>
            <p>{entry.poles[1].pull}</p>
          </div>
        </div>
      </div>
    );
  }
  return (
    <div class={`card card-${entry.accent}`} data-accent={entry.accent}>
      <p class="card-kind">
        {entry.kind}
        {entry.card && ` ${entry.card.number}`}
      </p>
      <p class="card-title">{entry.title}</p>
      {entry.card && <p class="card-question">{entry.card.question}</p>}
      <p class="card-summary">{entry.summary}</p>
    </div>
  );
}

function CardsPrint({ session, index }: Omit<Props, 'mode'>) {
  const seen = new Set<string>();
  const cards: IndexEntry[] = [];
  for (const item of session.items) {
    const entry = entryOf(item, index);
    const collection = item.entry ? splitEntryKey(item.entry).collection : '';
    if (!entry || seen.has(item.entry!) || !(CARD_COLLECTIONS as readonly string[]).includes(collection))
      continue;
    seen.add(item.entry!);
    cards.push(entry);
  }
  const sheets: IndexEntry[][] = [];
  for (let i = 0; i < cards.length; i += 4) sheets.push(cards.slice(i, i + 4));
  if (sheets.length === 0) {
    return (
      <div class="print-handout">
        <p>Deze sessie heeft geen dilemma's, werkkaarten, elementen of citaten om als kaart te printen.</p>
      </div>
    );
  }
  return (
    <div class="print-cards">
      {sheets.map((sheet, s) => (
        <div class="sheet" key={s}>
          {sheet.map((entry) => (
            <Card entry={entry} key={entry.url} />
          ))}
          <span class="cut cut-v-top" />
          <span class="cut cut-v-bottom" />
          <span class="cut cut-h-left" />
          <span class="cut cut-h-right" />
          <span class="cut cut-cross-v" />
          <span class="cut cut-cross-h" />
        </div>
      ))}
    </div>
  );
}

export default function PrintOutputs({ mode, session, index }: Props) {
  return (
    <div class="print-out" data-print={mode}>
      {mode === 'plan' && <PlanPrint session={session} index={index} />}
      {mode === 'handout' && <HandoutPrint session={session} index={index} />}
      {mode === 'cards' && <CardsPrint session={session} index={index} />}
    </div>
  );
}
