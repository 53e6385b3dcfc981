/**
 * Route progress for islands: loads it once from this device through the shared
 * device-storage module, saves every change, follows changes made in another
 * tab, and passes on the Dutch message when saved data could not be read.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createStore, onOtherTabChange, type StorageArea } from '../../shared/client/device-storage';
import { PROGRESS_STORE, type Progress } from './progress';

/** window.localStorage, looked up on every call: merely touching it can throw when storage is blocked. */
const browserArea: StorageArea = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
  removeItem: (key) => window.localStorage.removeItem(key),
};

export function useProgress() {
  const store = useMemo(() => createStore(PROGRESS_STORE, browserArea), []);
  const [progress, setProgress] = useState<Progress>(PROGRESS_STORE.empty());
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState<string | undefined>();

  useEffect(() => {
    const load = () => {
      const result = store.load();
      setProgress(result.value);
      setMessage(result.message);
      setLoaded(true);
    };
    load();
    return onOtherTabChange(window, PROGRESS_STORE.key, load);
  }, [store]);

  /**
   * Applies a change to what is stored now, not to this island's copy: another
   * island on the page (or another tab) may have saved in the meantime.
   */
  function change(update: (current: Progress) => Progress) {
    const fresh = store.load();
    if (fresh.message) setMessage(fresh.message);
    const next = update(fresh.status === 'unavailable' ? progress : fresh.value);
    setProgress(next);
    const saved = store.save(next);
    if (!saved.ok) setMessage(saved.message);
  }

  return { progress, change, loaded, message };
}
