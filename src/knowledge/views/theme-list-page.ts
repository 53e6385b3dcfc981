/**
 * The pages of a werkkaart's full element or dilemma list (see theme-lists.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { INLINE_LIMIT, paginate } from '../paginate';
import { linkOf, tensionOf, type LinkView, type TensionView } from './entry-page';
import type { Knowledge } from '../knowledge';
import { themeEntries, themeListUrl, type ThemeListCollection } from './theme-lists';

export interface ThemeListPage {
  collection: ThemeListCollection;
  cardId: string;
  card: LinkView;
  cardNumber: number;
  /** Elements as links; dilemmas as tension pairs. */
  links: LinkView[];
  tensions: TensionView[];
  total: number;
  page: number;
  pages: { number: number; url: string }[];
}

/** Every page of every long werkkaart element or dilemma list, for getStaticPaths. */
export function themeListPages(knowledge: Knowledge): ThemeListPage[] {
  return knowledge.list('werkkaarten').flatMap((card) =>
    (['elementen', 'dilemmas'] as const).flatMap((collection) => {
      const entries = themeEntries(knowledge, collection, card.id);
      // A short group is shown whole where it appears: no list page nobody links to.
      if (entries.length <= INLINE_LIMIT) return [];
      const chunks = paginate(entries);
      const pages = chunks.map((_, i) => ({ number: i + 1, url: themeListUrl(collection, card.id, i + 1) }));
      return chunks.map((chunk, i) => ({
        collection,
        cardId: card.id,
        card: linkOf(card),
        cardNumber: card.data.number,
        links: collection === 'elementen' ? chunk.map(linkOf) : [],
        tensions:
          collection === 'dilemmas'
            ? chunk.map((d) => tensionOf(d as CollectionEntry<'dilemmas'>, knowledge))
            : [],
        total: entries.length,
        page: i + 1,
        pages,
      }));
    }),
  );
}
