/**
 * State kept in the page address, so a shared link and the back button bring it
 * back. Given pure parse/serialize functions; `parse` must be stable (module
 * function or useCallback), since the hook reads the address again when it changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchSearch, writeSearch } from './url-state';

export function useUrlState<T>(
  initial: T,
  parse: (search: string) => T,
  serialize: (state: T) => string,
): readonly [T, (next: T, mode?: 'push' | 'replace') => void] {
  const [state, setState] = useState<T>(initial);
  useEffect(() => watchSearch((search) => setState(parse(search))), [parse]);
  const update = (next: T, mode: 'push' | 'replace' = 'replace') => {
    setState(next);
    writeSearch(serialize(next), mode);
  };
  return [state, update] as const;
}
