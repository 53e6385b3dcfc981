import { describe, expect, it } from 'vitest';
import {
  chipGroups,
  moveActive,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  toPagefindFilters,
} from '../../src/features/search/state';

describe('search state in the URL', () => {
  it('reads the query and filters from a shared link', () => {
    expect(
      parseSearchState('?q=grenzen+stellen&type=Dilemma&levensgebied=Kind&levensgebied=Opvoeding'),
    ).toEqual({
      query: 'grenzen stellen',
      filters: { type: ['Dilemma'], levensgebied: ['Kind', 'Opvoeding'] },
    });
  });

  it('ignores parameters it does not know and empty values', () => {
    expect(parseSearchState('?q=&utm_source=x&type=')).toEqual({ query: '', filters: {} });
  });

  it('writes the same state back, so a link round-trips', () => {
    const url =
      '?q=ouders+spelen+tegen+elkaar+uit&type=Dilemma&factor=Interactie+cli%C3%ABnt%E2%80%93professional';
    expect(serializeSearchState(parseSearchState(url))).toBe(url);
  });

  it('gives an empty string for an empty search', () => {
    expect(serializeSearchState({ query: '  ', filters: {} })).toBe('');
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter({ query: 'x', filters: {} }, 'type', 'Dilemma');
    expect(on.filters).toEqual({ type: ['Dilemma'] });
    expect(toggleFilter(on, 'type', 'Dilemma').filters).toEqual({});
  });

  it('asks Pagefind for any of several values of one filter', () => {
    expect(toPagefindFilters({ query: '', filters: { type: ['Dilemma', 'Werkzaam element'] } })).toEqual({
      type: { any: ['Dilemma', 'Werkzaam element'] },
    });
  });
});

describe('moving through results with the arrow keys', () => {
  it.each([
    [-1, 1, 3, 0],
    [-1, -1, 3, 2],
    [0, 1, 3, 1],
    [2, 1, 3, 0],
    [0, -1, 3, 2],
    [0, 1, 0, -1],
  ] as const)('from %i by %i among %i results goes to %i', (from, delta, count, to) => {
    expect(moveActive(from, delta, count)).toBe(to);
  });
});

describe('filter chips can always be switched off', () => {
  it('keeps a chosen filter visible when it gives no results', () => {
    const state = { query: 'grenzen', filters: { type: ['Casus'] } };
    const groups = chipGroups(state, {});
    expect(groups).toEqual([{ name: 'type', values: [['Casus', 0]] }]);
  });

  it('keeps an unknown value from an old link visible, so it can be cleared', () => {
    const state = parseSearchState('?q=netwerk&werkkaart=9.+Bestaat+niet');
    const groups = chipGroups(state, { type: { Dilemma: 2, Begrip: 1 } });
    expect(groups.find((g) => g.name === 'werkkaart')?.values).toEqual([['9. Bestaat niet', 0]]);
  });

  it('leaves out a filter with a single value that nobody chose', () => {
    expect(chipGroups({ query: 'x', filters: {} }, { type: { Dilemma: 3 } })).toEqual([]);
  });
});
