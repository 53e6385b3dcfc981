/**
 * What the dilemma chooser on /intervisie/ knows before anything is fetched:
 * per werkkaart its number of dilemmas and at most a page's worth of them
 * (shaped in data.build.ts). When a werkkaart has more, typing searches the
 * whole collection through the site's search index instead of a list of
 * everything, so the page stays the same size at any number of dilemmas.
 */

export interface ChooserItem {
  id: string;
  title: string;
  /** Title, summary, werkkaart and pole labels, folded (see fold()), for matching what is typed. */
  words: string;
}

export interface ChooserCard {
  number: number;
  shortTitle: string;
  /** All dilemmas of this werkkaart, also those not in `items`. */
  total: number;
  /** The werkkaart's full dilemma list, when `items` is not all of it. */
  more?: string | undefined;
  items: ChooserItem[];
}

/** Lower case without accents, so "beeindigen" finds "beëindigen". */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** An id as content files name them; anything else in a link is not looked up. */
export const DILEMMA_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Where the full data of one dilemma is (written by src/pages/intervisie/dilemma/[id].json.ts). */
export const dilemmaDataUrl = (id: string) => `/intervisie/dilemma/${id}.json`;

/** True when every dilemma is in the page itself, so typing can filter here. */
export const allInline = (cards: readonly ChooserCard[]) => cards.every((c) => c.items.length === c.total);

/** The inline dilemmas whose words contain every typed word. */
export function matchInline(cards: readonly ChooserCard[], query: string): ChooserItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return cards.flatMap((c) => c.items.filter((d) => words.every((w) => d.words.includes(w))));
}

/** A dilemma id from the address of its page (/dilemmas/<id>/), as search results give it. */
export function dilemmaIdOf(url: string): string | undefined {
  const id = /^\/dilemmas\/([^/]+)\/$/.exec(new URL(url, 'https://x.invalid').pathname)?.[1];
  return id && DILEMMA_ID.test(id) ? id : undefined;
}
