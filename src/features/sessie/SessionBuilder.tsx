/**
 * The session builder at /sessie/: the trainer's sessions on this device, the
 * open plan, a shared plan from a link, and the three print outputs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { blankSession, type Session, type SessionsData } from './basics';
import { copySession, deleteSession, putSession } from './edit';
import {
  entriesToLoad,
  entryDataUrl,
  sessionFromTemplate,
  TEMPLATES_URL,
  type IndexEntry,
  type IndexTemplate,
  type SessionIndex,
} from './entry-index';
import { LIMITS } from './schema';
import { decodePlan, importFile, planFromHash } from './share';
import PlanEditor from './PlanEditor';
import PrintOutputs, { type PrintMode } from './PrintOutputs';
import SessionList from './SessionList';
import SharedPlan from './SharedPlan';
import SharePanel from './SharePanel';
import { useSessions } from './use-sessions';

export default function SessionBuilder() {
  const { data, loaded, commit, loadMessage, saveMessage } = useSessions();
  const [templates, setTemplates] = useState<IndexTemplate[]>([]);
  const [entries, setEntries] = useState<SessionIndex['entries']>({});
  const asked = useRef(new Set<string>());
  const [indexError, setIndexError] = useState(false);
  const [shared, setShared] = useState<Session | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  const [undo, setUndo] = useState<{ data: SessionsData; text: string } | null>(null);
  const [printMode, setPrintMode] = useState<PrintMode>('plan');
  const [printPending, setPrintPending] = useState(false);

  useEffect(() => {
    fetch(TEMPLATES_URL)
      .then((r) =>
        r.ok ? (r.json() as Promise<IndexTemplate[]>) : Promise.reject(new Error(String(r.status))),
      )
      .then(setTemplates)
      .catch(() => setIndexError(true));
  }, []);

  useEffect(() => {
    const read = async () => {
      const value = planFromHash(window.location.hash);
      if (value === undefined) {
        setShared(null);
        return;
      }
      const decoded = await decodePlan(value);
      if (decoded.ok) {
        setShared(decoded.session);
        setProblem(undefined);
      } else {
        setShared(null);
        setProblem(decoded.message);
      }
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (!printPending) return;
    setPrintPending(false);
    window.print();
  }, [printPending]);

  useEffect(() => {
    const reset = () => setPrintMode('plan');
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);

  const current = data.sessions.find((s) => s.id === data.current);
  const now = () => Date.now();

  // Only the entries of the plans on screen are fetched, each once: a 404 means the site no longer has it.
  const wanted = entriesToLoad([...(current?.items ?? []), ...(shared?.items ?? [])], asked.current);
  useEffect(() => {
    for (const entry of wanted) {
      asked.current.add(entry);
      fetch(entryDataUrl(entry))
        .then(async (r) => {
          if (r.status === 404) return null;
          if (!r.ok) throw new Error(String(r.status));
          return (await r.json()) as IndexEntry;
        })
        .then((found) => setEntries((known) => ({ ...known, [entry]: found })))
        .catch(() => {
          asked.current.delete(entry);
          setIndexError(true);
        });
    }
  }, [wanted.join(' ')]);
  const index: SessionIndex = { entries, templates };
  // Until an entry's file has arrived its block shows the raw "collection/id": the page says
  // so in data-titles, and says "ready" once every block on screen has its title (or is gone).
  const titlesReady =
    indexError ||
    [...(current?.items ?? []), ...(shared?.items ?? [])].every((i) => !i.entry || i.entry in entries);

  function save(session: Session) {
    commit(putSession(data, session, now()));
  }

  function addAndOpen(session: Session, text: string) {
    if (data.sessions.length >= LIMITS.sessions) {
      setProblem(
        `Er kunnen hoogstens ${LIMITS.sessions} sessies op dit apparaat staan. Verwijder eerst een oude sessie.`,
      );
      return;
    }
    commit({ current: session.id, sessions: [...data.sessions, session] });
    setNotice(text);
  }

  function leaveShared() {
    window.history.replaceState(null, '', '/sessie/');
    setShared(null);
    setProblem(undefined);
  }

  async function importFrom(file: File) {
    const result = importFile(await file.text());
    if (result.ok) {
      setProblem(undefined);
      addAndOpen(result.session, `‘${result.session.title}’ is ingelezen en staat open.`);
    } else {
      setProblem(result.message);
    }
  }

  function print(mode: PrintMode) {
    setPrintMode(mode);
    setPrintPending(true);
  }

  const printed = shared ?? current;

  return (
    <div class="builder" data-titles={loaded && titlesReady ? 'ready' : 'loading'}>
      <div class="messages" aria-live="polite">
        {problem && (
          <div class="message problem" role="alert">
            <p>{problem}</p>
            <button type="button" onClick={leaveShared}>
              Naar mijn sessies
            </button>
          </div>
        )}
        {loadMessage && (
          <p class="message problem" role="alert">
            {loadMessage}
          </p>
        )}
        {saveMessage && (
          <p class="message problem" role="alert">
            {saveMessage}
          </p>
        )}
        {indexError && (
          <p class="message problem" role="alert">
            De titels en teksten van Werkzaam konden niet geladen worden; je sessies zijn er wel. Laad de
            pagina opnieuw om het nog eens te proberen.
          </p>
        )}
        {undo && (
          <div class="message undo">
            <p>{undo.text}</p>
            <button
              type="button"
              onClick={() => {
                commit(undo.data);
                setUndo(null);
                setNotice('Teruggezet.');
              }}
            >
              Ongedaan maken
            </button>
          </div>
        )}
        <p class="visually-hidden" role="status">
          {notice}
        </p>
      </div>

      {!loaded ? (
        // This is also what the page says without JavaScript: the island never starts then.
        <p class="muted">
          Je sessies worden geladen… Blijft dit staan? De sessiebouwer werkt in je eigen browser en heeft
          daarvoor JavaScript nodig. Zonder JavaScript kun je elke pagina van Werkzaam wel netjes op A4
          printen, bijvoorbeeld de <a href="/dilemmas/">dilemma's</a> en <a href="/casussen/">casussen</a>.
        </p>
      ) : shared ? (
        <SharedPlan
          session={shared}
          index={index}
          onClose={leaveShared}
          onCopy={() => {
            const copy = copySession(shared, now());
            leaveShared();
            addAndOpen(copy, `‘${copy.title}’ staat nu bij je sessies en is geopend.`);
          }}
        />
      ) : (
        <div class={current ? 'builder-columns' : undefined}>
          {current && (
            <div class="builder-plan">
              <PlanEditor
                session={current}
                index={index}
                onChange={save}
                announce={setNotice}
                onRemoved={(_, title) => setUndo({ data, text: `‘${title}’ is uit de sessie gehaald.` })}
              />
              <div class="plan-tools">
                <SharePanel session={current} />
                <div class="print-buttons" role="group" aria-label="Printen">
                  <button type="button" onClick={() => print('plan')}>
                    Print plan
                  </button>
                  <button type="button" onClick={() => print('handout')}>
                    Print hand-out
                  </button>
                  <button type="button" onClick={() => print('cards')}>
                    Print kaarten
                  </button>
                </div>
              </div>
            </div>
          )}
          <SessionList
            data={data}
            templates={templates}
            onOpen={(id) => {
              commit({ ...data, current: id });
              setNotice('Sessie geopend.');
            }}
            onRename={(id, title) => {
              const session = data.sessions.find((s) => s.id === id);
              if (session) save({ ...session, title });
            }}
            onDuplicate={(s) =>
              addAndOpen(
                copySession(s, now(), `${s.title} (kopie)`.slice(0, LIMITS.title)),
                'Kopie gemaakt en geopend.',
              )
            }
            onDelete={(s) => {
              setUndo({ data, text: `‘${s.title || 'Naamloze sessie'}’ is verwijderd.` });
              commit(deleteSession(data, s.id));
            }}
            onNew={() => addAndOpen(blankSession(now(), 'Nieuwe sessie'), 'Nieuwe sessie geopend.')}
            onTemplate={(t) =>
              addAndOpen(sessionFromTemplate(t, now()), `‘${t.title}’ staat open; pas hem aan zoals je wilt.`)
            }
            onImport={(file) => void importFrom(file)}
          />
        </div>
      )}

      {printed && <PrintOutputs mode={printMode} session={printed} index={index} />}
    </div>
  );
}
