import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../scripts/offline/service-worker.mjs';

const MB = 1024 * 1024;
const entry = (url: string, size: number) => ({ url, size, revision: null });

describe('the offline precache at any size', () => {
  const site = [
    entry('elementen/a/index.html', 2 * MB),
    entry('pagefind/fragment/nl_1.pf_fragment', 2 * MB),
    entry('_astro/site.css', 1 * MB),
    entry('index.html', 1 * MB),
    entry('offline/index.html', 1 * MB),
    entry('pagefind/index/nl_1.pf_index', 3 * MB),
    entry('elementen/index.html', 1 * MB),
  ];

  it('keeps everything when the site fits the budget', () => {
    expect(withinBudget(site, 100 * MB)).toHaveLength(site.length);
  });

  it('takes the shell, then the search index, then fragments and pages, and stops at the budget', () => {
    const kept = withinBudget(site, 8 * MB).map((e) => e.url);
    expect(kept).toEqual([
      'index.html',
      '_astro/site.css',
      'elementen/index.html',
      'offline/index.html',
      'pagefind/index/nl_1.pf_index',
    ]);
  });

  it('never leaves out the shell, even when the budget is too small for it', () => {
    const kept = withinBudget(site, 1 * MB).map((e) => e.url);
    expect(kept).toContain('offline/index.html');
    expect(kept).not.toContain('elementen/a/index.html');
  });
});
