/**
 * Long lists split into static pages, so no page grows with the size of the
 * knowledge base (a list of 3,000 elements is not a page anyone reads on a
 * phone). Pure: the routes decide the URLs, this decides the cut.
 */

/** Items per page of a full list; index pages show fewer inline (INLINE_LIMIT). */
export const PAGE_SIZE = 100;
/** A group on an index or werkkaart page shows this many items, then links to the full list. */
export const INLINE_LIMIT = 24;

/** `items` in pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Page size must be a positive integer, got ${size}.`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** Page `n` (1-based) of a list whose first page lives at `base` ("/x/"); later pages at "/x/2/". */
export function pagedUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}
