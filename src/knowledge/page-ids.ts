/**
 * Element ids that are unique within one rendered page and the same on every
 * build. A random suffix made every build differ; a counter per page and per
 * base keeps ids stable as long as the content is the same.
 */
const counters = new WeakMap<object, Map<string, number>>();

/**
 * The first use of `base` on a page gets `base`, later uses `base-2`, `base-3`…
 * `page` is any object that lives exactly as long as one page render (in Astro
 * components: `Astro.request`).
 */
export function pageUniqueId(page: object, base: string): string {
  let seen = counters.get(page);
  if (!seen) counters.set(page, (seen = new Map()));
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
