/**
 * Turning a question typed in everyday Dutch into a ranked result list.
 * Pagefind matches pages containing *all* words, so "ouders spelen me tegen
 * elkaar uit" finds nothing. We also search each meaningful word on its own and
 * fuse the lists: pages matching more (and rarer) words rise to the top, and a
 * page matching the whole question gets a bonus.
 */

// Function words that carry no meaning for a search in this field.
const STOPWORDS = new Set(
  `de het een en of maar dat die dit deze wat wie waar wanneer hoe waarom welke welk ik je jij u hij zij ze
   we wij jullie hun hen haar hem mij me mijn jouw zijn is was waren ben bent wordt worden werd heeft hebben
   had heb kan kunnen kun moet moeten mag mogen wil willen zal zullen zou zouden doe doet doen gaat gaan
   in op aan bij met van voor naar uit over om tot door als dan ook nog al er niet geen wel heel erg
   zo te toch even maar meer minder veel weinig altijd nooit soms iets niets alles iemand niemand
   eigen elkaar zich zelf hier daar nu toen dus want omdat terwijl of hoeveel`.split(/\s+/),
);

export function termsOf(query: string): string[] {
  const words = query
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  return [...new Set(words)].slice(0, 8);
}

export interface Hit {
  id: string;
  score: number;
}

/** A per-word result list and how much it counts (a typed word 1, an added synonym less). */
export interface WeightedHits {
  hits: readonly Hit[];
  weight: number;
}

/**
 * Ranks pages from the all-words search (`full`) and one search per word.
 * Each list adds at most its weight (1 for a typed word) per page, scaled by the
 * page's score relative to that list's best, and a page found by the all-words
 * search gets 1.5 extra.
 */
export function fuseHits(full: readonly Hit[], perTerm: readonly (readonly Hit[] | WeightedHits)[]): Hit[] {
  const total = new Map<string, number>();
  const add = (list: readonly Hit[], weight: number) => {
    const best = Math.max(...list.map((h) => h.score), 0);
    if (best <= 0) return;
    for (const hit of list) total.set(hit.id, (total.get(hit.id) ?? 0) + (weight * hit.score) / best);
  };
  add(full, 1.5);
  for (const list of perTerm) {
    if ('hits' in list) add(list.hits, list.weight);
    else add(list, 1);
  }
  return [...total]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Drops the long tail of a question of several words: pages far below the best
 * match only add noise there. A single word is different — every page that
 * contains it is a fair answer — so pass `words` and one word keeps them all.
 */
export function keepRelevant(hits: readonly Hit[], max: number, ratio = 0.3, words = 2): Hit[] {
  if (words <= 1) return hits.slice(0, max);
  const best = hits[0]?.score ?? 0;
  return hits.filter((h) => h.score >= best * ratio).slice(0, max);
}

/** Counts per filter value over the results, for the filter chips. */
export function countFilters(
  results: readonly { filters: Record<string, string[]> }[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const result of results) {
    for (const [name, values] of Object.entries(result.filters)) {
      const group = (counts[name] ??= {});
      for (const value of values) group[value] = (group[value] ?? 0) + 1;
    }
  }
  return counts;
}
