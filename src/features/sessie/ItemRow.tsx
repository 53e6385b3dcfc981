/**
 * One block of the plan: its start time, kind, title, minutes and notes, with
 * buttons to move it (the keyboard way to reorder), duplicate and remove it.
 * The handle makes the row draggable with a mouse or finger.
 */
import type { Ref } from 'preact';
import type { SessionItem } from './basics';
import { BLOCK_KINDS, BLOCK_LABELS } from '../../shared/vocabulary';
import type { SessionIndex } from './entry-index';
import { LIMITS } from './schema';
import { entryOf, isMissing, itemTitle } from './labels';
import MinutesInput from './MinutesInput';

interface Props {
  item: SessionItem;
  position: number;
  count: number;
  start: string;
  index: SessionIndex | null;
  onChange: (change: Partial<Omit<SessionItem, 'key'>>) => void;
  onMove: (by: number) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDrop: () => void;
  dragging: boolean;
  upRef: Ref<HTMLButtonElement>;
  downRef: Ref<HTMLButtonElement>;
}

export default function ItemRow(props: Props) {
  const { item, position, count, start, index } = props;
  const entry = entryOf(item, index);
  const title = itemTitle(item, index);
  const id = `blok-${item.key}`;
  return (
    <li
      class={`plan-item${props.dragging ? ' dragging' : ''}${isMissing(item, index) ? ' missing' : ''}`}
      data-accent={entry?.accent ?? 'neutral'}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
    >
      <div class="item-head">
        <span
          class="drag-handle"
          draggable
          title="Sleep om te verplaatsen"
          aria-hidden="true"
          onDragStart={(e) => {
            e.dataTransfer?.setData('text/plain', item.key);
            props.onDragStart();
          }}
        >
          ⠿
        </span>
        <span class="item-time">{start}</span>
        <h3 class="item-title" id={`${id}-titel`}>
          <span class="visually-hidden">{`${position + 1}. `}</span>
          {entry ? <a href={entry.url}>{title}</a> : title}
        </h3>
        {entry && <span class="result-badge">{entry.kind}</span>}
      </div>
      {isMissing(item, index) && (
        <p class="item-missing">
          Dit onderdeel bestaat niet meer in Werkzaam. Je kunt het verwijderen of als vrij blok houden.
        </p>
      )}
      <div class="item-fields">
        <label>
          Soort blok
          <select
            value={item.block}
            onChange={(e) => props.onChange({ block: e.currentTarget.value as SessionItem['block'] })}
          >
            {BLOCK_KINDS.map((kind) => (
              <option value={kind} key={kind}>
                {BLOCK_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label class="minutes">
          Minuten
          <MinutesInput
            value={item.minutes}
            max={LIMITS.minutes}
            step={5}
            onChange={(minutes) => props.onChange({ minutes })}
          />
        </label>
        {!item.entry && (
          <label class="free-title">
            Titel
            <input
              type="text"
              maxLength={LIMITS.title}
              value={item.title ?? ''}
              placeholder={BLOCK_LABELS[item.block]}
              onInput={(e) => props.onChange({ title: e.currentTarget.value })}
            />
          </label>
        )}
        <label class="notes">
          Notities voor jezelf
          <textarea
            rows={2}
            maxLength={LIMITS.notes}
            value={item.notes}
            onInput={(e) => props.onChange({ notes: e.currentTarget.value })}
          />
        </label>
      </div>
      <div class="item-actions" role="group" aria-label={`Acties voor ${title}`}>
        <button
          type="button"
          ref={props.upRef}
          aria-disabled={position === 0}
          onClick={() => position > 0 && props.onMove(-1)}
        >
          <span aria-hidden="true">↑</span> Omhoog
        </button>
        <button
          type="button"
          ref={props.downRef}
          aria-disabled={position === count - 1}
          onClick={() => position < count - 1 && props.onMove(1)}
        >
          <span aria-hidden="true">↓</span> Omlaag
        </button>
        <button type="button" onClick={props.onDuplicate}>
          Dupliceren
        </button>
        <button type="button" class="danger" onClick={props.onRemove}>
          Verwijderen
        </button>
      </div>
    </li>
  );
}
