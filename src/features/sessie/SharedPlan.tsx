/**
 * A plan opened from a shared link: read-only, with the way to keep a copy.
 * Every text in it came from someone else's link, so it is shown as text only.
 */
import type { Session } from './basics';
import { BLOCK_LABELS } from '../../shared/vocabulary';
import type { SessionIndex } from './entry-index';
import { againstTarget, formatDuration, runningTimes, total } from './time';
import { entryOf, isMissing, itemTitle } from './labels';

interface Props {
  session: Session;
  index: SessionIndex | null;
  onCopy: () => void;
  onClose: () => void;
}

export default function SharedPlan({ session, index, onCopy, onClose }: Props) {
  const minutes = session.items.map((i) => i.minutes);
  const { starts, end } = runningTimes(session.start, minutes);
  const missing = session.items.filter((i) => isMissing(i, index));
  return (
    <section class="shared" aria-labelledby="gedeeld-kop">
      <p class="shared-note">Je bekijkt een gedeelde sessie. Er is nog niets bewaard op dit apparaat.</p>
      <h2 id="gedeeld-kop">{session.title || 'Naamloze sessie'}</h2>
      <dl class="plan-meta">
        {session.date && (
          <>
            <dt>Datum</dt>
            <dd>{session.date}</dd>
          </>
        )}
        {session.audience && (
          <>
            <dt>Voor wie</dt>
            <dd>{session.audience}</dd>
          </>
        )}
        {session.goal && (
          <>
            <dt>Doel</dt>
            <dd>{session.goal}</dd>
          </>
        )}
        <dt>Duur</dt>
        <dd>
          {formatDuration(total(minutes))} ({session.start}–{end}).{' '}
          {againstTarget(total(minutes), session.target).text}.
        </dd>
      </dl>
      {missing.length > 0 && (
        <p class="item-missing" role="status">
          {missing.length === 1 ? 'Eén onderdeel bestaat' : `${missing.length} onderdelen bestaan`} niet meer
          in Werkzaam; {missing.length === 1 ? 'het staat' : 'ze staan'} hieronder gemarkeerd.
        </p>
      )}
      <ol class="shared-items">
        {session.items.map((item, at) => {
          const entry = entryOf(item, index);
          return (
            <li key={item.key} class={isMissing(item, index) ? 'missing' : undefined}>
              <span class="item-time">{starts[at]}</span>{' '}
              <strong>
                {entry ? <a href={entry.url}>{itemTitle(item, index)}</a> : itemTitle(item, index)}
              </strong>
              <span class="muted">
                {' '}
                · {BLOCK_LABELS[item.block]}, {item.minutes} min
              </span>
              {item.notes && <p class="item-notes">{item.notes}</p>}
            </li>
          );
        })}
      </ol>
      <div class="shared-actions">
        <button type="button" class="primary" onClick={onCopy}>
          Kopieer naar mijn sessies
        </button>
        <button type="button" onClick={onClose}>
          Sluiten, naar mijn sessies
        </button>
      </div>
    </section>
  );
}
