import { describe, expect, it } from 'vitest';
import {
  MAX_COMPARED,
  NOT_IN_SOURCE,
  compareItems,
  compareSearch,
  parseCompareSelection,
  toggleCompared,
  type CompareItem,
} from '../../src/features/vergelijk/compare';
import { picksValidator } from '../../src/features/vergelijk/picks';

const el = (id: string) => ({ id, title: id.toUpperCase(), url: `/elementen/${id}/` });
const dom = (id: string) => ({ id, title: id, url: `/levensgebieden/${id}/` });

function item(id: string, over: Partial<CompareItem> = {}): CompareItem {
  return {
    id,
    title: id,
    url: `/interventies/${id}/`,
    facts: { kind: 'werkwijze', targetGroup: `doelgroep ${id}` },
    levensgebieden: [dom('kind')],
    elementen: [],
    sources: [{ title: 'Artikel', plaats: 'Tabel 1' }],
    ...over,
  };
}

describe('comparing interventions', () => {
  const a = item('a', {
    elementen: [el('regie'), el('netwerk'), el('alleen-a')],
    levensgebieden: [dom('kind'), dom('ouders')],
  });
  const b = item('b', {
    elementen: [el('regie'), el('netwerk')],
    facts: { kind: 'werkwijze', age: '8 tot 12 jaar' },
  });
  const c = item('c', { elementen: [el('regie'), el('alleen-c')] });
  const result = compareItems([a, b, c]);

  it('says "niet vermeld in de bron" where a source is silent, never a blank cell', () => {
    const age = result.facts.find((f) => f.key === 'age');
    expect(age?.values).toEqual([NOT_IN_SOURCE, '8 tot 12 jaar', NOT_IN_SOURCE]);
    expect(result.facts.every((f) => f.values.every((v) => v.trim() !== ''))).toBe(true);
  });

  it('marks a fact as equal only when every intervention has the same value', () => {
    expect(result.facts.find((f) => f.key === 'kind')?.allEqual).toBe(true);
    expect(result.facts.find((f) => f.key === 'targetGroup')?.allEqual).toBe(false);
  });

  it('lists shared elements first and marks who shares them', () => {
    expect(result.elementen.map((r) => [r.id, r.sharing, r.has])).toEqual([
      ['regie', 'alle', [true, true, true]],
      ['netwerk', 'meerdere', [true, true, false]],
      ['alleen-a', 'een', [true, false, false]],
      ['alleen-c', 'een', [false, false, true]],
    ]);
  });

  it('names what is unique to each intervention', () => {
    expect(result.uniqueElements.map((list) => list.map((e) => e.id))).toEqual([
      ['alleen-a'],
      [],
      ['alleen-c'],
    ]);
  });

  it('builds the life-domain matrix from the union of domains', () => {
    expect(result.levensgebieden.map((r) => [r.id, r.has])).toEqual([
      ['kind', [true, true, true]],
      ['ouders', [true, false, false]],
    ]);
  });
});

describe('the comparison in the URL', () => {
  const known = new Set(['familiekracht', 'gezintotaal', 'gezinsbehandeling', 'mst', 'emdr']);

  it('reads ids in order, without repeats', () => {
    expect(parseCompareSelection('?i=gezintotaal&i=familiekracht&i=gezintotaal', known)).toEqual({
      ids: ['gezintotaal', 'familiekracht'],
      unknown: [],
      dropped: [],
    });
  });

  it('names unknown ids and still compares the rest', () => {
    expect(parseCompareSelection('?i=familiekracht&i=bestaat-niet&i=gezintotaal', known)).toEqual({
      ids: ['familiekracht', 'gezintotaal'],
      unknown: ['bestaat-niet'],
      dropped: [],
    });
  });

  it(`keeps at most ${MAX_COMPARED} and says which were left out`, () => {
    const result = parseCompareSelection('?i=familiekracht,gezintotaal,gezinsbehandeling,mst,emdr', known);
    expect(result.ids).toHaveLength(MAX_COMPARED);
    expect(result.dropped).toEqual(['emdr']);
  });

  it('ignores hostile or empty values without throwing', () => {
    expect(parseCompareSelection('?i=&i=%3Cscript%3E&i=__proto__&x=1', known)).toEqual({
      ids: [],
      unknown: ['<script>', '__proto__'],
      dropped: [],
    });
  });

  it('writes the choice back as ?i=…&i=…', () => {
    expect(compareSearch(['familiekracht', 'gezintotaal'])).toBe('?i=familiekracht&i=gezintotaal');
    expect(compareSearch([])).toBe('');
  });

  it('toggles picks and refuses a fifth', () => {
    expect(toggleCompared(['a'], 'b')).toEqual({ ids: ['a', 'b'], full: false });
    expect(toggleCompared(['a', 'b'], 'a')).toEqual({ ids: ['b'], full: false });
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'e')).toEqual({ ids: ['a', 'b', 'c', 'd'], full: true });
  });

  it('accepts only a short list of well-formed ids as stored picks', () => {
    expect(picksValidator.safeParse(['familiekracht', 'gezintotaal'])).toEqual({
      success: true,
      data: ['familiekracht', 'gezintotaal'],
    });
    expect(picksValidator.safeParse(['<img>']).success).toBe(false);
    expect(picksValidator.safeParse(['a', 'b', 'c', 'd', 'e']).success).toBe(false);
    expect(picksValidator.safeParse({ length: 1 }).success).toBe(false);
  });
});
