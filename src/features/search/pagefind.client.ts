/**
 * Browser glue around Pagefind: loads its script from the built site once, on
 * first use (the URL is built at run time so the bundler leaves it alone), and
 * runs the fused search of src/features/search/query.ts.
 */
import { countFilters, fuseHits, keepRelevant, termsOf, type Hit } from './query';
import { synonymsFor } from './synonyms';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult extends Hit {
  data(): Promise<ResultData>;
}

interface Pagefind {
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<FilterCounts>;
  options(options: Record<string, unknown>): Promise<void>;
}

/** The title a result is listed under: a quote's opening words, else the page title. */
export function titleOfResult(result: ResultData): string {
  return result.meta['label'] ?? result.meta['title'] ?? result.url;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

// Typing "ouders spelen me" searches "ouders" and "spelen" again on every key;
// remembering each word's search makes the next keystroke cheap.
const searches = new Map<string, ReturnType<Pagefind['search']>>();
function searchOnce(pagefind: Pagefind, query: string, filters: Record<string, unknown>) {
  const key = `${query}\u0000${JSON.stringify(filters)}`;
  let found = searches.get(key);
  if (!found) {
    found = pagefind.search(query, { filters });
    searches.set(key, found);
    found.catch(() => searches.delete(key));
  }
  return found;
}

export interface Outcome {
  results: ResultData[];
  counts: FilterCounts;
}

/** Searches the whole question and each meaningful word; returns the best `max` results. */
export async function runSearch(
  query: string,
  filters: Record<string, unknown>,
  max: number,
): Promise<Outcome> {
  const pagefind = await loadPagefind();
  const text = query.trim();
  let ranked: PagefindResult[];
  if (!text) {
    ranked = (await pagefind.search(null, { filters })).results.slice(0, max);
  } else {
    const terms = termsOf(text);
    // The whole question, each typed word (when there are several), and the
    // everyday synonyms of src/features/search/synonyms.ts.
    const lists = [
      ...(terms.length > 1 ? terms.map((q) => ({ q, weight: 1 })) : []),
      ...synonymsFor(terms).map(({ text: q, weight }) => ({ q, weight })),
    ];
    const [full, ...perTerm] = await Promise.all(
      [text, ...lists.map((l) => l.q)].map((q) => searchOnce(pagefind, q, filters)),
    );
    const byId = new Map<string, PagefindResult>();
    for (const list of [full, ...perTerm]) for (const r of list?.results ?? []) byId.set(r.id, r);
    const fused = keepRelevant(
      fuseHits(
        full?.results ?? [],
        perTerm.map((s, i) => ({ hits: s?.results ?? [], weight: lists[i]?.weight ?? 1 })),
      ),
      max,
      0.3,
      terms.length,
    );
    ranked = fused.map((h) => byId.get(h.id)).filter((r): r is PagefindResult => r !== undefined);
  }
  const results = await Promise.all(ranked.map((r) => r.data()));
  return { results, counts: countFilters(results) };
}
