/**
 * The builder's door to the device store: loads (with Zod, via
 * src/shared/client/device-storage.ts) once, saves every change, and reloads when another
 * tab changes the sessions.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  createStore,
  memoryArea,
  onOtherTabChange,
  type StorageArea,
} from '../../shared/client/device-storage';
import { notifyChange } from '../../shared/client/storage-area';
import type { SessionsData } from './basics';
import { emptySessions, sessionsStoreSpec } from './schema';

function browserArea(): StorageArea {
  try {
    return window.localStorage;
  } catch {
    return memoryArea();
  }
}

export function useSessions() {
  const store = useMemo(() => createStore(sessionsStoreSpec, browserArea()), []);
  const [data, setData] = useState<SessionsData>(emptySessions);
  const [loaded, setLoaded] = useState(false);
  // What went wrong reading (stays until the page is left) and saving (until the next good save).
  const [loadMessage, setLoadMessage] = useState<string | undefined>();
  const [saveMessage, setSaveMessage] = useState<string | undefined>();

  useEffect(() => {
    const load = () => {
      const result = store.load();
      setData(result.value);
      if (result.message) setLoadMessage(result.message);
      setLoaded(true);
    };
    load();
    return onOtherTabChange(window, sessionsStoreSpec.key, load);
  }, [store]);

  function commit(next: SessionsData) {
    setData(next);
    const saved = store.save(next);
    setSaveMessage(saved.ok ? undefined : saved.message);
    // The header counter on this page listens for this; the `storage` event only reaches other tabs.
    if (saved.ok) notifyChange(sessionsStoreSpec.key);
  }

  return { data, loaded, commit, loadMessage, saveMessage };
}
