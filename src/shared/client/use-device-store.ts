/**
 * The one Preact hook for data on this device. Every island that stores
 * something uses it, so they share one write rule: re-read what is stored now,
 * apply the change to that (another island or tab may have saved in the
 * meantime), save, and tell the rest of this tab (same-tab event) — other tabs
 * hear it through the `storage` event.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createStore, type LoadStatus, type StorageArea, type StoreSpec } from './device-storage';
import { localArea, notifyChange, onStoreChange } from './storage-area';

export interface DeviceStoreState<T> {
  value: T;
  loaded: boolean;
  status: LoadStatus | undefined;
  /** What went wrong reading; stays until the user chooses (or leaves the page). */
  loadMessage: string | undefined;
  /** What went wrong saving; until the next good save. */
  saveMessage: string | undefined;
  /** The unreadable text, to offer as a download, when there was any. */
  unreadable: string | undefined;
  /** Applies `update` to what is stored now and saves it. */
  change(update: (current: T) => T): void;
  /** The user chose to start empty over unreadable data (after the offer to download it). */
  startEmpty(): void;
}

export function useDeviceStore<T>(
  spec: StoreSpec<T>,
  area: () => StorageArea = localArea,
): DeviceStoreState<T> {
  const store = useMemo(() => createStore(spec, area()), [spec, area]);
  const [value, setValue] = useState<T>(spec.empty);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<LoadStatus | undefined>();
  const [loadMessage, setLoadMessage] = useState<string | undefined>();
  const [saveMessage, setSaveMessage] = useState<string | undefined>();
  const [unreadable, setUnreadable] = useState<string | undefined>();

  function read() {
    const result = store.load();
    if (result.message) setLoadMessage(result.message);
    if (result.unreadable !== undefined) setUnreadable(result.unreadable);
    setStatus((was) => (was === 'reset' && result.status === 'empty' ? was : result.status));
    return result;
  }

  useEffect(() => {
    const load = () => {
      setValue(read().value);
      setLoaded(true);
    };
    load();
    return onStoreChange(spec.key, load);
  }, [store]);

  function change(update: (current: T) => T) {
    const fresh = read();
    const next = update(fresh.value);
    setValue(next);
    const saved = store.save(next);
    setSaveMessage(saved.ok ? undefined : saved.message);
    if (saved.ok) notifyChange(spec.key);
  }

  function startEmpty() {
    store.clear();
    setLoadMessage(undefined);
    setSaveMessage(undefined);
    setUnreadable(undefined);
    setStatus('empty');
    setValue(spec.empty());
    notifyChange(spec.key);
  }

  return { value, loaded, status, loadMessage, saveMessage, unreadable, change, startEmpty };
}
