/**
 * Browser side of the comparison tray: reads and writes the picked
 * interventions in localStorage and tells every part of the page (and other
 * tabs) when the choice changes.
 */
import {
  createStore,
  memoryArea,
  onOtherTabChange,
  type StorageArea,
} from '../../shared/client/device-storage';
import { PICKS_STORE } from './picks';
import { toggleCompared } from './compare';

const EVENT = 'werkzaam:vergelijken';

function area(): StorageArea {
  try {
    return window.localStorage;
  } catch {
    return memoryArea();
  }
}

const store = createStore(PICKS_STORE, area());

export function readPicks(): { ids: string[]; message?: string | undefined } {
  const result = store.load();
  return { ids: result.value, message: result.message };
}

/** Toggles one id; `full` is true when the tray already holds the maximum. */
export function togglePick(id: string): { ids: string[]; full: boolean; message?: string | undefined } {
  const next = toggleCompared(readPicks().ids, id);
  const saved = next.full ? { ok: true } : store.save(next.ids);
  window.dispatchEvent(new CustomEvent(EVENT));
  return { ...next, message: saved.message };
}

export function clearPicks(): void {
  store.clear();
  window.dispatchEvent(new CustomEvent(EVENT));
}

/** Calls back whenever the picks change, here or in another tab. */
export function onPicksChange(callback: () => void): () => void {
  window.addEventListener(EVENT, callback);
  const stop = onOtherTabChange(window, PICKS_STORE.key, callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    stop();
  };
}
