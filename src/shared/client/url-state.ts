/**
 * The page address as the memory of a filter or choice, written once: read it
 * on load and on back/forward, write it without a reload. Plain functions, so a
 * vanilla page script (citaten/filter.client.ts) and the islands (through
 * use-url-state.ts) share them.
 */

/** Calls `read` with the current query string now and after every back/forward; returns the unsubscribe. */
export function watchSearch(read: (search: string) => void): () => void {
  const onPop = () => read(window.location.search);
  onPop();
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

/** Puts `search` ("" or "?…") in the address bar: 'replace' keeps one history entry, 'push' adds one. */
export function writeSearch(search: string, mode: 'push' | 'replace' = 'replace'): void {
  const url = `${window.location.pathname}${search}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
