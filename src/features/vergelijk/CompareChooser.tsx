/**
 * Picking two to four interventions for a free comparison. A plain GET form,
 * so the choice ends up in the URL (?i=…&i=…) like any shared link.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_COMPARED, type CompareItem } from './compare';

interface Props {
  items: CompareItem[];
  kinds: Record<string, string>;
  chosen: string[];
  onChoose: (ids: string[]) => void;
}

export default function CompareChooser({ items, kinds, chosen, onChoose }: Props) {
  const [picked, setPicked] = useState<string[]>(chosen);
  useEffect(() => setPicked(chosen), [chosen]);

  const groups = new Map<string, CompareItem[]>();
  for (const item of items) {
    const kind = kinds[item.id] ?? 'overig';
    groups.set(kind, [...(groups.get(kind) ?? []), item]);
  }
  const full = picked.length >= MAX_COMPARED;

  function toggle(id: string) {
    setPicked((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  }

  return (
    <form
      id="kies"
      class="compare-chooser"
      method="get"
      aria-labelledby="kies-kop"
      onSubmit={(event) => {
        event.preventDefault();
        if (picked.length >= 2) onChoose(picked);
      }}
    >
      <h2 id="kies-kop">Zelf kiezen</h2>
      <p class="muted">
        {picked.length} van hoogstens {MAX_COMPARED} gekozen.
        {full && ' Zet er een uit om een andere te kiezen.'}
      </p>
      <div class="chooser-groups">
        {[...groups].map(([kind, group]) => (
          <fieldset key={kind}>
            <legend>{kind}</legend>
            {group.map((item) => {
              const checked = picked.includes(item.id);
              return (
                <div class="option" key={item.id}>
                  <input
                    type="checkbox"
                    name="i"
                    value={item.id}
                    id={`kies-${item.id}`}
                    checked={checked}
                    disabled={full && !checked}
                    onChange={() => toggle(item.id)}
                  />
                  <label for={`kies-${item.id}`}>{item.title}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <p>
        <button type="submit" class="button" disabled={picked.length < 2}>
          Vergelijk {picked.length >= 2 ? `(${picked.length})` : ''}
        </button>
      </p>
    </form>
  );
}
