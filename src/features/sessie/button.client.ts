/**
 * "Zet in sessie" buttons and the header counter, on every page. Kept tiny (no
 * Zod, no framework, not the whole store): it reads and writes the sessions
 * store in the one stored format (device-envelope.ts, which device-storage.ts
 * is built on) with a light shape check. Data it cannot read is left exactly as
 * it is for the builder at /sessie/, which validates everything with Zod and
 * sets unreadable data aside with a message.
 * The code that adds and removes loads on the first press (features/sessie/basics.ts).
 * The buttons are rendered hidden, so without JavaScript there is no dead button.
 */
import { parseStored, storedText } from '../../shared/client/device-envelope';
import { onStoreChange } from '../../shared/client/storage-area';
import type { SessionsData } from './basics';
import { SESSIONS_KEY, SESSIONS_VERSION, currentSession, holds, lightSessionsCheck } from './read';

const spec = {
  version: SESSIONS_VERSION,
  schema: lightSessionsCheck,
  empty: (): SessionsData => ({ current: null, sessions: [] }),
};

function read(): SessionsData | undefined {
  try {
    const result = parseStored(localStorage.getItem(SESSIONS_KEY), spec);
    return 'error' in result ? undefined : result.value;
  } catch {
    // Storage switched off: nothing to show, nothing to add to.
    return undefined;
  }
}

function update(): void {
  const data = read();
  const count = data ? (currentSession(data)?.items.length ?? 0) : 0;
  for (const counter of document.querySelectorAll<HTMLElement>('[data-sessie-count]')) {
    // Only once there is something in it: most readers never build a session.
    counter.hidden = count === 0;
    counter.querySelector('span')!.textContent = String(count);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-sessie]')) {
    const inSession = data ? holds(data, button.dataset['sessie']!) : false;
    button.hidden = false;
    button.setAttribute('aria-pressed', String(inSession));
    button.textContent = inSession ? 'In sessie ✓' : 'Zet in sessie';
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-sessie]');
  if (!button) return;
  const data = read();
  // Unreadable data is the builder's to rescue (it keeps a backup and explains).
  if (!data) {
    window.location.href = '/sessie/';
    return;
  }
  // Adding and removing loads on the first press: most readers never press.
  void import('./basics').then(({ toggleEntry }) => {
    try {
      localStorage.setItem(
        SESSIONS_KEY,
        storedText(SESSIONS_VERSION, toggleEntry(read() ?? data, button.dataset['sessie']!, Date.now())),
      );
      update();
    } catch {
      button.textContent = 'Bewaren lukt niet in deze browser';
    }
  });
});

// Redraw when the sessions change in another tab or, through the builder's same-tab event, in this one.
onStoreChange(SESSIONS_KEY, update);
update();
