/**
 * Draws the route bar ("Stap 4 van 11 · Eerste week", previous and next text,
 * back to the route) on an entry page reached from a reading route: once at the
 * top and once at the end of the article, where the reader finishes. Builds
 * DOM nodes (no innerHTML), so it works under the strict Content-Security-Policy.
 * A stale or unknown route in the address simply shows no bar.
 */
import { routeBar, type NavLink, type RouteBar, type RouteSummaries } from './nav';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function link(nav: NavLink, rel: 'prev' | 'next', lead: string): HTMLLIElement {
  return el(
    'li',
    { class: `route-bar-${rel}` },
    el('a', { href: nav.href, rel }, el('span', { class: 'route-bar-lead' }, lead), ` ${nav.label}`),
  );
}

function bar(data: RouteBar, label: string): HTMLElement {
  return el(
    'nav',
    { class: 'route-bar', 'aria-label': label },
    el(
      'p',
      { class: 'route-bar-where' },
      el('a', { href: data.route.href }, data.label),
      data.position ? el('span', { class: 'route-bar-position' }, ` · ${data.position}`) : '',
    ),
    el('ul', {}, link(data.previous, 'prev', 'Vorige:'), link(data.next, 'next', 'Volgende:')),
  );
}

export async function renderRouteBar(): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-route-bar]');
  if (!slot) return;
  let routes: RouteSummaries;
  try {
    const response = await fetch('/start/routes.json');
    if (!response.ok) return;
    routes = (await response.json()) as RouteSummaries;
  } catch {
    return; // Offline or blocked: the page still works, without the bar.
  }
  const data = routeBar(routes, window.location.search, window.location.pathname);
  if (!data) return;
  slot.append(bar(data, 'Leesroute'));
  slot.hidden = false;
  slot.closest('article')?.append(el('div', { class: 'route-bar-end' }, bar(data, 'Leesroute, verder')));
  // The bar pushed the page down after the browser jumped to #section: jump again.
  const target =
    window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (target) target.scrollIntoView();
}
