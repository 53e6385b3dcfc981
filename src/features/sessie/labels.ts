/** How a plan item is named on screen and on paper. */
import type { SessionItem } from './basics';
import { BLOCK_LABELS } from '../../shared/vocabulary';
import type { IndexEntry, SessionIndex } from './entry-index';

export function entryOf(item: SessionItem, index: SessionIndex | null): IndexEntry | undefined {
  return (item.entry && index?.entries[item.entry]) || undefined;
}

/** True when the item points to an entry the site no longer has. */
export function isMissing(item: SessionItem, index: SessionIndex | null): boolean {
  return Boolean(item.entry && index?.entries[item.entry] === null);
}

export function itemTitle(item: SessionItem, index: SessionIndex | null): string {
  if (item.title) return item.title;
  if (item.entry) {
    const entry = entryOf(item, index);
    if (entry) return entry.title;
    return isMissing(item, index) ? `Niet meer in Werkzaam: ${item.entry}` : item.entry;
  }
  return BLOCK_LABELS[item.block];
}
