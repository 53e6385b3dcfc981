import { describe, expect, it } from 'vitest';
import { countFilters, fuseHits, keepRelevant, termsOf } from '../../src/features/search/query';

describe('reading a question typed in everyday Dutch', () => {
  it('keeps the words that carry meaning', () => {
    expect(termsOf('Ouders spelen me tegen elkaar uit!')).toEqual(['ouders', 'spelen', 'tegen']);
  });

  it('keeps Dutch letters with accents and drops repeats', () => {
    expect(termsOf('één gezin, één plan')).toEqual(['één', 'gezin', 'plan']);
  });

  it('gives nothing for a question of only function words', () => {
    expect(termsOf('wat is dat dan')).toEqual([]);
  });
});

describe('fusing the per-word searches', () => {
  const full = [{ id: 'a', score: 2 }];
  const perTerm = [
    [
      { id: 'a', score: 4 },
      { id: 'b', score: 8 },
    ],
    [
      { id: 'a', score: 1 },
      { id: 'c', score: 1 },
    ],
  ];

  it('puts the page that matches the whole question first', () => {
    expect(fuseHits(full, perTerm).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('ranks a page matching two words above one matching only one, even without a full match', () => {
    expect(fuseHits([], perTerm).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('drops results far below the best', () => {
    const hits = [
      { id: 'a', score: 3 },
      { id: 'b', score: 1 },
      { id: 'c', score: 0.5 },
    ];
    expect(keepRelevant(hits, 10).map((h) => h.id)).toEqual(['a', 'b']);
    expect(keepRelevant(hits, 1).map((h) => h.id)).toEqual(['a']);
  });

  it('keeps every page that contains a single searched word (no cut to three)', () => {
    const hits = [
      { id: 'a', score: 3 },
      { id: 'b', score: 1 },
      { id: 'c', score: 0.5 },
      { id: 'd', score: 0.2 },
    ];
    expect(keepRelevant(hits, 10, 0.3, 1).map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts an added synonym less than a typed word', () => {
    const typed = [{ id: 'typed', score: 1 }];
    const synonym = [{ id: 'synonym', score: 1 }];
    expect(
      fuseHits(
        [],
        [
          { hits: typed, weight: 1 },
          { hits: synonym, weight: 0.8 },
        ],
      ).map((h) => h.id),
    ).toEqual(['typed', 'synonym']);
  });
});

describe('counting filter values over results', () => {
  it('counts each value once per result', () => {
    expect(
      countFilters([{ filters: { type: ['Dilemma'] } }, { filters: { type: ['Dilemma', 'Begrip'] } }]),
    ).toEqual({
      type: { Dilemma: 2, Begrip: 1 },
    });
  });
});
