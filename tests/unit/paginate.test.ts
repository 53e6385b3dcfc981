import { describe, expect, it } from 'vitest';
import { pagedUrl, paginate } from '../../src/knowledge/paginate';

describe('splitting long lists into pages', () => {
  it('cuts a list into full pages and a last partial page, keeping the order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 100);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(items);
  });

  it('gives one empty page for an empty list, so the first page always exists', () => {
    expect(paginate([], 100)).toEqual([[]]);
  });

  it('refuses a page size that would loop forever', () => {
    expect(() => paginate([1], 0)).toThrow('positive integer');
  });

  it('keeps the first page at the list’s own address and numbers the others', () => {
    expect(pagedUrl('/elementen/werkkaart/houding/', 1)).toBe('/elementen/werkkaart/houding/');
    expect(pagedUrl('/elementen/werkkaart/houding/', 3)).toBe('/elementen/werkkaart/houding/3/');
  });
});
