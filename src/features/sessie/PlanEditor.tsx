/**
 * The open session: its details, the ordered blocks with running times, the
 * total against the target, and adding free blocks. Moving a block with the
 * keyboard keeps focus on the button that moved it and says where it went.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from './basics';
import { BLOCK_KINDS, BLOCK_LABELS, type BlockKind } from '../../shared/vocabulary';
import { addItem, duplicateItem, moveItem, moveTo, removeItem, updateItem } from './edit';
import type { SessionIndex } from './entry-index';
import { LIMITS, freeItem } from './schema';
import { againstTarget, formatDuration, runningTimes, total } from './time';
import ItemRow from './ItemRow';
import { itemTitle } from './labels';
import MinutesInput from './MinutesInput';

interface Props {
  session: Session;
  index: SessionIndex | null;
  onChange: (session: Session) => void;
  /** Removing a block offers undo: the caller keeps the session as it was. */
  onRemoved: (before: Session, title: string) => void;
  announce: (text: string) => void;
}

export default function PlanEditor({ session, index, onChange, onRemoved, announce }: Props) {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [newKind, setNewKind] = useState<BlockKind>('vrij');
  const focusAfterMove = useRef<{ key: string; dir: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    buttons.current.get(`${wanted.key}-${wanted.dir}`)?.focus();
  });

  const minutes = session.items.map((i) => i.minutes);
  const { starts, end } = runningTimes(session.start, minutes);
  const sum = total(minutes);
  const target = againstTarget(sum, session.target);
  const set = (change: Partial<Session>) => onChange({ ...session, ...change });

  function move(at: number, by: number) {
    const item = session.items[at]!;
    focusAfterMove.current = { key: item.key, dir: by < 0 ? 'up' : 'down' };
    onChange(moveItem(session, at, by));
    announce(`${itemTitle(item, index)} staat nu op plek ${at + by + 1} van ${session.items.length}.`);
  }

  return (
    <section class="plan" aria-labelledby="plan-kop">
      <h2 id="plan-kop">{session.title || 'Naamloze sessie'}</h2>
      <div class="plan-details">
        <label class="wide">
          Titel
          <input
            type="text"
            maxLength={LIMITS.title}
            value={session.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
        </label>
        <label>
          Datum
          <input type="date" value={session.date} onInput={(e) => set({ date: e.currentTarget.value })} />
        </label>
        <label>
          Begintijd
          <input
            type="time"
            value={session.start}
            onInput={(e) =>
              /^\d{2}:\d{2}$/.test(e.currentTarget.value) && set({ start: e.currentTarget.value })
            }
          />
        </label>
        <label>
          Geplande duur (minuten)
          <MinutesInput
            value={session.target}
            max={LIMITS.target}
            step={15}
            onChange={(target) => set({ target })}
          />
        </label>
        <label class="wide">
          Voor wie
          <input
            type="text"
            maxLength={LIMITS.audience}
            value={session.audience}
            onInput={(e) => set({ audience: e.currentTarget.value })}
          />
        </label>
        <label class="wide">
          Doel
          <textarea
            rows={2}
            maxLength={LIMITS.goal}
            value={session.goal}
            onInput={(e) => set({ goal: e.currentTarget.value })}
          />
        </label>
      </div>

      <p class={`plan-total ${target.state}`} aria-live="polite">
        <strong>
          {session.items.length} {session.items.length === 1 ? 'onderdeel' : 'onderdelen'},{' '}
          {formatDuration(sum)}
        </strong>{' '}
        ({session.start}–{end}). {target.text}.
      </p>

      {session.items.length === 0 ? (
        <p class="plan-empty">
          Deze sessie is nog leeg. Kies op een pagina van Werkzaam <strong>Zet in sessie</strong> (bij een
          werkkaart, dilemma, citaat of casus), of voeg hieronder een blok toe.
        </p>
      ) : (
        <ol class="plan-items">
          {session.items.map((item, at) => (
            <ItemRow
              key={item.key}
              item={item}
              position={at}
              count={session.items.length}
              start={starts[at]!}
              index={index}
              dragging={dragFrom === at}
              upRef={(el) => void buttons.current.set(`${item.key}-up`, el)}
              downRef={(el) => void buttons.current.set(`${item.key}-down`, el)}
              onChange={(change) => onChange(updateItem(session, item.key, change))}
              onMove={(by) => move(at, by)}
              onDuplicate={() => {
                onChange(duplicateItem(session, item.key));
                announce(`${itemTitle(item, index)} staat er nu twee keer in.`);
              }}
              onRemove={() => {
                onRemoved(session, itemTitle(item, index));
                onChange(removeItem(session, item.key));
              }}
              onDragStart={() => setDragFrom(at)}
              onDrop={() => {
                if (dragFrom !== null) onChange(moveTo(session, dragFrom, at));
                setDragFrom(null);
              }}
            />
          ))}
        </ol>
      )}

      <form
        class="add-block"
        onSubmit={(e) => {
          e.preventDefault();
          onChange(addItem(session, freeItem(newKind)));
          announce(`${BLOCK_LABELS[newKind]} toegevoegd onderaan.`);
        }}
      >
        <label>
          Blok toevoegen
          <select value={newKind} onChange={(e) => setNewKind(e.currentTarget.value as BlockKind)}>
            {BLOCK_KINDS.map((kind) => (
              <option value={kind} key={kind}>
                {BLOCK_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Toevoegen</button>
      </form>
    </section>
  );
}
