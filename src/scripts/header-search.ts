/**
 * Results as you type in the header's search box, on every page. This module
 * (and Pagefind's index) is only fetched once someone focuses the box: a
 * content page loads no search code before that. Enter without a chosen result
 * opens the full search page, which has the filters.
 */
import { loadPagefind, runSearch, type ResultData } from '../islands/pagefind';
import { moveActive } from '../lib/search-state';

const MAX = 6;

export function enhance(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset['enhanced']) return;
  input.dataset['enhanced'] = 'true';

  const list = document.createElement('ul');
  list.id = 'site-search-results';
  list.className = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Zoekresultaten');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');

  let results: ResultData[] = [];
  let active = -1;
  let timer = 0;
  let run = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...results.map((result, i) => {
        const li = document.createElement('li');
        li.id = `site-search-result-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.dataset['accent'] = result.meta['accent'] ?? 'neutral';
        const badge = document.createElement('span');
        badge.className = 'result-badge';
        badge.textContent = result.meta['type'] ?? '';
        // Options hold no links (no nested controls); choosing an option opens its page.
        li.dataset['href'] = result.url;
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = result.meta['title'] ?? result.url;
        li.append(badge, title);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          window.location.href = result.url;
        });
        return li;
      }),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `site-search-result-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    const id = ++run;
    if (!query) {
      results = [];
      close();
      return;
    }
    timer = window.setTimeout(async () => {
      try {
        const { results: data } = await runSearch(query, {}, MAX);
        if (id !== run) return;
        results = data;
        active = -1;
        status.textContent = data.length ? `${data.length} resultaten` : 'Niets gevonden';
        render();
      } catch {
        status.textContent = 'Zoeken lukt nu niet; druk op Enter voor de zoekpagina.';
      }
    }, 180);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = moveActive(active, event.key === 'ArrowDown' ? 1 : -1, results.length);
      render();
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      window.location.href = results[active]!.url;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  // Focus means someone is about to search: fetch Pagefind now, not after the first word.
  void loadPagefind().catch(() => undefined);
  // Someone may have typed before this module arrived.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
