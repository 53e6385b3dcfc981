/**
 * Finding one's way inside a reading route. Entry pages reached from a route
 * carry `?route=<id>&stap=<n>` in their address; the route bar turns that, the
 * page's own path and a small build-time summary of the routes into "Stap 4 van
 * 11 · Eerste week" with a previous and next link. Kept free of imports so the
 * script entry pages load stays tiny.
 */

/** The build-time summary the route bar fetches (/start/routes.json). */
export interface RouteSummary {
  /** Short route name for the bar, e.g. "Eerste week". */
  name: string;
  /** Per step: its title and the entries to read, in order. */
  steps: { title: string; read: { href: string; title: string }[] }[];
}
export type RouteSummaries = Record<string, RouteSummary>;

export interface NavLink {
  href: string;
  label: string;
}

export interface RouteBar {
  /** "Stap 4 van 11 · Eerste week" */
  label: string;
  /** "Tekst 2 van 3", when the step has more than one text. */
  position: string;
  previous: NavLink;
  next: NavLink;
  /** The step's page, with its questions. */
  step: NavLink;
  /** The route on /start/. */
  route: NavLink;
}

/** Address of a route step's own page. */
export function stepUrl(route: string, step: number, hash = ''): string {
  return `/start/${route}/${step}/${hash}`;
}

/** An entry address with the route kept in it; a section anchor stays at the end. */
export function withRoute(href: string, route: string, step: number): string {
  const [path, hash] = href.split('#');
  return `${path}?route=${encodeURIComponent(route)}&stap=${step}${hash ? `#${hash}` : ''}`;
}

function samePath(a: string, b: string): boolean {
  const trim = (p: string) => p.split('#')[0]!.replace(/\/?$/, '/');
  return trim(a) === trim(b);
}

/**
 * The route bar for a page, or undefined when the address names no known
 * route, step or an entry that is not in that step (a shared or stale link:
 * then the page simply shows no bar).
 */
export function routeBar(routes: RouteSummaries, search: string, pathname: string): RouteBar | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('route') ?? '';
  const number = Number(params.get('stap'));
  const route = Object.hasOwn(routes, id) ? routes[id] : undefined;
  const step = route?.steps[number - 1];
  if (!route || !step || !Number.isInteger(number)) return undefined;
  const index = step.read.findIndex((r) => samePath(r.href, pathname));
  if (index < 0) return undefined;
  const total = route.steps.length;
  const before = step.read[index - 1];
  const after = step.read[index + 1];
  const stepLink = { href: stepUrl(id, number), label: `Stap ${number}: ${step.title}` };
  return {
    label: `Stap ${number} van ${total} · ${route.name}`,
    position: step.read.length > 1 ? `Tekst ${index + 1} van ${step.read.length}` : '',
    previous: before
      ? { href: withRoute(before.href, id, number), label: before.title }
      : { href: stepUrl(id, number), label: `Stap ${number}: ${step.title}` },
    next: after
      ? { href: withRoute(after.href, id, number), label: after.title }
      : { href: stepUrl(id, number, '#vragen'), label: `Vragen bij stap ${number}` },
    step: stepLink,
    route: { href: `/start/#${id}`, label: `Terug naar de route` },
  };
}
