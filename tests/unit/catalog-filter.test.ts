import { describe, expect, it } from 'vitest';
import {
  mergeSelection,
  facetCounts,
  filterCatalog,
  parseSelection,
  serializeSelection,
  type CatalogItem,
} from '../../src/features/vergelijk/catalog-filter';

const item = (id: string, facets: Partial<CatalogItem['facets']>): CatalogItem => ({
  id,
  title: id,
  url: `/interventies/${id}/`,
  summary: '',
  facets: { kind: [], nji: [], setting: [], levensgebied: [], ...facets },
});

const items = [
  item('mst', {
    kind: ['erkende interventie'],
    nji: ['In NJi-databank'],
    setting: ['ambulant'],
    levensgebied: ['Kind'],
  }),
  item('genogram', { kind: ['eigen methodiek'], nji: ['Geen NJi-erkenning vermeld'], setting: [] }),
  item('gezinsopname', {
    kind: ['werkwijze'],
    nji: ['Geen NJi-erkenning vermeld'],
    setting: ['residentieel', 'hybride'],
    levensgebied: ['Kind', 'Ouders'],
  }),
];

describe('the intervention catalogue filter', () => {
  it('shows everything when nothing is chosen', () => {
    expect(filterCatalog(items, {})).toHaveLength(3);
  });

  it('shows only NJi-recognised interventions when that is chosen', () => {
    expect(filterCatalog(items, { nji: ['In NJi-databank'] }).map((i) => i.id)).toEqual(['mst']);
  });

  it('treats two values of one facet as "either"', () => {
    expect(filterCatalog(items, { setting: ['ambulant', 'hybride'] }).map((i) => i.id)).toEqual([
      'mst',
      'gezinsopname',
    ]);
  });

  it('treats values of different facets as "both"', () => {
    expect(
      filterCatalog(items, { levensgebied: ['Kind'], setting: ['residentieel'] }).map((i) => i.id),
    ).toEqual(['gezinsopname']);
  });

  it('counts per value what choosing it would show, given the other facets', () => {
    const counts = facetCounts(items, { levensgebied: ['Kind'] }, 'kind');
    expect(Object.fromEntries(counts)).toEqual({ 'erkende interventie': 1, werkwijze: 1 });
  });

  it('keeps the selection in the URL and reads it back', () => {
    const selection = { kind: ['eigen methodiek'], levensgebied: ['Kind', 'Ouders'] };
    expect(parseSelection(serializeSelection(selection))).toEqual(selection);
  });

  it('adds boxes ticked before the island started to the selection from the URL, once each', () => {
    const fromUrl = { nji: ['In NJi-databank'] };
    expect(mergeSelection(fromUrl, { kind: ['eigen methodiek'], nji: ['In NJi-databank'] })).toEqual({
      nji: ['In NJi-databank'],
      kind: ['eigen methodiek'],
    });
    // Nothing new: the same object, so the island writes no address it already has.
    expect(mergeSelection(fromUrl, { nji: ['In NJi-databank'] })).toBe(fromUrl);
  });
});
