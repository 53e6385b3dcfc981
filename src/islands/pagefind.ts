/**
 * Loads Pagefind's browser script from the built site, once, on first use.
 * The URL is built at run time so the bundler leaves it alone: it only exists
 * after `pagefind` has indexed dist/.
 */

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface Pagefind {
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
  options(options: Record<string, unknown>): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    // Pagefind only counts results per filter once its filter index is loaded;
    // without this the filter chips of the first search would have no counts.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
