/**
 * The full list of a werkkaart's elements or dilemmas, on static pages of
 * PAGE_SIZE. Index pages and werkkaart pages show the first INLINE_LIMIT of a
 * group and link here, so no page grows with the knowledge base.
 */
import type { CollectionEntry } from 'astro:content';
import { KINDS } from '../../shared/kinds';
import { INLINE_LIMIT, pagedUrl } from '../paginate';
import type { Knowledge } from '../knowledge';

export type ThemeListCollection = 'elementen' | 'dilemmas';

export function themeListUrl(collection: ThemeListCollection, cardId: string, page = 1): string {
  return pagedUrl(`${KINDS[collection].path}werkkaart/${cardId}/`, page);
}

export function themeEntries<C extends ThemeListCollection>(
  knowledge: Knowledge,
  collection: C,
  cardId: string,
): CollectionEntry<C>[] {
  return knowledge.list(collection).filter((e) => e.data.theme?.id === cardId);
}

/** "Show all" link under a group cut at INLINE_LIMIT, or undefined when the group is short. */
export interface MoreLink {
  count: number;
  url: string;
}

export function moreLink(
  collection: ThemeListCollection,
  cardId: string,
  count: number,
): MoreLink | undefined {
  return count > INLINE_LIMIT ? { count, url: themeListUrl(collection, cardId) } : undefined;
}
