/**
 * What a key does in a search box with a result list under it — the same in the
 * header's box and on /zoeken/, so both behave alike. Pure: the caller applies
 * the action. `count` includes the closing "Alle resultaten voor …" option where
 * there is one.
 */
import { moveActive } from './state';

export type KeyAction =
  | { kind: 'move'; active: number }
  | { kind: 'open'; index: number }
  | { kind: 'submit' }
  | { kind: 'close' }
  | { kind: 'none' };

export function keyAction(key: string, active: number, count: number): KeyAction {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      return count === 0
        ? { kind: 'none' }
        : { kind: 'move', active: moveActive(active, key === 'ArrowDown' ? 1 : -1, count) };
    case 'Enter':
      return active >= 0 && active < count ? { kind: 'open', index: active } : { kind: 'submit' };
    case 'Escape':
      // Closes the list; the query stays (the browser would otherwise clear a search box).
      return { kind: 'close' };
    default:
      return { kind: 'none' };
  }
}

/** "1 resultaat", "6 resultaten", "Niets gevonden". */
export function resultCount(n: number): string {
  if (n === 0) return 'Niets gevonden';
  return `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`;
}
