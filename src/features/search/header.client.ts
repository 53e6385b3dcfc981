/**
 * Results as you type in the header's search box, on every page. This module
 * (and Pagefind's index) is only fetched once someone focuses the box: a
 * content page loads no search code before that. The list ends with "Alle
 * resultaten voor ‘…’"; Enter without a chosen result opens the full search page
 * (the form's own submit), which has the filters.
 */
import { loadPagefind, titleOfResult, type ResultData } from './pagefind.client';
import { createSearchRunner } from './core.client';
import { keyAction, resultCount } from './keys';

const MAX = 6;

interface Option {
  id: string;
  href: string;
  element: HTMLLIElement;
}

function resultOption(result: ResultData, i: number): Option {
  const li = document.createElement('li');
  li.dataset['accent'] = result.meta['accent'] ?? 'neutral';
  const badge = document.createElement('span');
  badge.className = 'result-badge';
  badge.textContent = result.meta['type'] ?? '';
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = titleOfResult(result);
  li.append(badge, title);
  return { id: `site-search-result-${i}`, href: result.url, element: li };
}

function allResultsOption(query: string): Option {
  const li = document.createElement('li');
  li.className = 'all-results';
  li.textContent = `Alle resultaten voor ‘${query}’`;
  return { id: 'site-search-all', href: `/zoeken/?q=${encodeURIComponent(query)}`, element: li };
}

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

  let options: Option[] = [];
  let active = -1;

  const show = () => {
    for (const [i, option] of options.entries())
      option.element.setAttribute('aria-selected', String(i === active));
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const current = options[active];
    if (current) input.setAttribute('aria-activedescendant', current.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    options = [];
    active = -1;
    list.replaceChildren();
    show();
  };

  const runner = createSearchRunner({
    onResults({ results }, { query }) {
      options = [...results.map(resultOption), allResultsOption(query)];
      active = -1;
      list.replaceChildren(
        ...options.map((option) => {
          option.element.id = option.id;
          option.element.setAttribute('role', 'option');
          // Options hold no links (no nested controls); choosing an option opens its page.
          option.element.dataset['href'] = option.href;
          option.element.addEventListener('mousedown', (e) => {
            e.preventDefault();
            window.location.href = option.href;
          });
          return option.element;
        }),
      );
      status.textContent = resultCount(results.length);
      show();
    },
    onError() {
      status.textContent = 'Zoeken lukt nu niet; druk op Enter voor de zoekpagina.';
    },
  });

  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (!query) {
      runner.cancel();
      close();
      return;
    }
    runner.ask({ query, filters: {}, max: MAX });
  });

  input.addEventListener('keydown', (event) => {
    const action = keyAction(event.key, active, options.length);
    if (action.kind === 'move') {
      event.preventDefault();
      active = action.active;
      show();
    } else if (action.kind === 'open') {
      event.preventDefault();
      window.location.href = options[action.index]!.href;
    } else if (action.kind === 'close') {
      // Without this, a search box empties itself on Escape.
      event.preventDefault();
      runner.cancel();
      close();
    }
    // 'submit': the form goes to /zoeken/?q=… by itself.
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  // Focus means someone is about to search: fetch Pagefind now, not after the first word.
  void loadPagefind().catch(() => undefined);
  // Someone may have typed before this module arrived.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
