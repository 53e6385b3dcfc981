/**
 * The sessions on this device: open, rename, duplicate, delete (after asking),
 * and start a new one empty, from a template or from an exported file.
 */
import { useState } from 'preact/hooks';
import type { Session, SessionsData } from './basics';
import type { IndexTemplate } from './entry-index';
import { LIMITS } from './schema';
import { formatDuration, total } from './time';

interface Props {
  data: SessionsData;
  templates: IndexTemplate[];
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (session: Session) => void;
  onDelete: (session: Session) => void;
  onNew: () => void;
  onTemplate: (template: IndexTemplate) => void;
  onImport: (file: File) => void;
}

export default function SessionList(props: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');

  return (
    <section class="sessions" aria-labelledby="sessies-kop">
      <h2 id="sessies-kop">Mijn sessies</h2>
      {props.data.sessions.length === 0 ? (
        <p class="muted">Nog geen sessies op dit apparaat.</p>
      ) : (
        <ul class="session-list">
          {props.data.sessions.map((s) => {
            const open = s.id === props.data.current;
            return (
              <li key={s.id} class={open ? 'open' : undefined}>
                {renaming === s.id ? (
                  <form
                    class="rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      props.onRename(s.id, draft.trim() || s.title);
                      setRenaming(null);
                    }}
                  >
                    <label>
                      Nieuwe naam
                      <input
                        type="text"
                        maxLength={LIMITS.title}
                        value={draft}
                        // The field appears because the trainer asked for it: put the cursor there.
                        ref={(el) => el?.focus()}
                        onInput={(e) => setDraft(e.currentTarget.value)}
                      />
                    </label>
                    <button type="submit">Bewaar naam</button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      Annuleer
                    </button>
                  </form>
                ) : (
                  <>
                    <span class="session-name">
                      {open ? <strong>{s.title || 'Naamloze sessie'}</strong> : s.title || 'Naamloze sessie'}
                      <span class="muted">
                        {' '}
                        · {s.items.length} {s.items.length === 1 ? 'onderdeel' : 'onderdelen'},{' '}
                        {formatDuration(total(s.items.map((i) => i.minutes)))}
                        {open && ' · open'}
                      </span>
                    </span>
                    <span
                      class="session-actions"
                      role="group"
                      aria-label={`Acties voor ${s.title || 'Naamloze sessie'}`}
                    >
                      {!open && (
                        <button type="button" onClick={() => props.onOpen(s.id)}>
                          Openen
                        </button>
                      )}
                      <button
                        type="button"
                        onClick={() => {
                          setDraft(s.title);
                          setRenaming(s.id);
                        }}
                      >
                        Naam wijzigen
                      </button>
                      <button type="button" onClick={() => props.onDuplicate(s)}>
                        Dupliceren
                      </button>
                      <button type="button" class="danger" onClick={() => setConfirming(s.id)}>
                        Verwijderen
                      </button>
                    </span>
                  </>
                )}
                {confirming === s.id && (
                  <div class="confirm" role="alertdialog" aria-labelledby={`bevestig-${s.id}`}>
                    <p id={`bevestig-${s.id}`}>
                      ‘{s.title || 'Naamloze sessie'}’ met {s.items.length} onderdelen verwijderen van dit
                      apparaat?
                    </p>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(null);
                        props.onDelete(s);
                      }}
                    >
                      Ja, verwijder
                    </button>
                    <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(null)}>
                      Nee, bewaar
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="new-session">
        <button type="button" onClick={props.onNew}>
          Nieuwe lege sessie
        </button>
        <label class="file-button">
          Sessie uit bestand openen
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {props.templates.length > 0 && (
        <>
          <h3>Beginnen met een kant-en-klare sessie</h3>
          <ul class="templates">
            {props.templates.map((t) => (
              <li key={t.id}>
                <p>
                  <strong>{t.title}</strong>
                  <br />
                  <span class="muted">{t.summary}</span>
                </p>
                <button type="button" onClick={() => props.onTemplate(t)}>
                  Gebruik ‘{t.title}’
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
