import { describe, expect, it } from 'vitest';
import { routeBar, stepUrl, withRoute, type RouteSummaries } from '../../src/features/routes/nav';

const routes: RouteSummaries = {
  'eerste-week': {
    name: 'Eerste week',
    steps: [
      {
        title: 'Wat is een multistressgezin?',
        read: [
          { href: '/begrippen/multistressgezin/', title: 'Multistressgezin' },
          { href: '/begrippen/multiprobleemgezin/', title: 'Multiprobleemgezin' },
        ],
      },
      {
        title: 'Houding',
        read: [
          { href: '/werkkaarten/gewenste-houding/#in-het-kort', title: 'Gewenste houding' },
          { href: '/elementen/ruimte-voor-eigen-verhaal/', title: 'Ruimte voor het eigen verhaal' },
        ],
      },
    ],
  },
};

describe('the route bar', () => {
  it('says where the reader is and links to the next text of the step', () => {
    const bar = routeBar(routes, '?route=eerste-week&stap=1', '/begrippen/multistressgezin/');
    expect(bar?.label).toBe('Stap 1 van 2 · Eerste week');
    expect(bar?.position).toBe('Tekst 1 van 2');
    expect(bar?.next).toEqual({
      href: '/begrippen/multiprobleemgezin/?route=eerste-week&stap=1',
      label: 'Multiprobleemgezin',
    });
    expect(bar?.previous.href).toBe('/start/eerste-week/1/');
    expect(bar?.route.href).toBe('/start/#eerste-week');
  });

  it('sends the reader to the step’s questions after its last text', () => {
    const bar = routeBar(routes, '?route=eerste-week&stap=1', '/begrippen/multiprobleemgezin/');
    expect(bar?.next).toEqual({ href: '/start/eerste-week/1/#vragen', label: 'Vragen bij stap 1' });
    expect(bar?.previous.label).toBe('Multistressgezin');
  });

  it('keeps a section anchor at the end of the address', () => {
    const bar = routeBar(routes, '?route=eerste-week&stap=2', '/elementen/ruimte-voor-eigen-verhaal/');
    expect(bar?.previous.href).toBe('/werkkaarten/gewenste-houding/?route=eerste-week&stap=2#in-het-kort');
    expect(routeBar(routes, '?route=eerste-week&stap=2', '/werkkaarten/gewenste-houding/')?.position).toBe(
      'Tekst 1 van 2',
    );
  });

  it('shows no bar for an unknown route, a step out of range or a page not in the step', () => {
    expect(routeBar(routes, '?route=onbekend&stap=1', '/begrippen/multistressgezin/')).toBeUndefined();
    expect(routeBar(routes, '?route=eerste-week&stap=9', '/begrippen/multistressgezin/')).toBeUndefined();
    expect(routeBar(routes, '?route=eerste-week&stap=x', '/begrippen/multistressgezin/')).toBeUndefined();
    expect(routeBar(routes, '?route=eerste-week&stap=2', '/begrippen/multistressgezin/')).toBeUndefined();
    expect(routeBar(routes, '?route=__proto__&stap=1', '/begrippen/multistressgezin/')).toBeUndefined();
  });

  it('builds step and entry addresses', () => {
    expect(stepUrl('r', 3)).toBe('/start/r/3/');
    expect(withRoute('/a/b/', 'r', 3)).toBe('/a/b/?route=r&stap=3');
  });
});
