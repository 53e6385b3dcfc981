import { describe, expect, it } from 'vitest';
import {
  prepareQuoteSource,
  quoteOccursIn,
  splitQuotations,
  unbalancedQuotation,
} from '../support/fidelity/quotations';

const source = prepareQuoteSource(
  'Een moeder vertelt: ‘Ik voel me geen nummer. Ze luistert echt naar me, ook als het slecht gaat. Dat had ik nooit eerder mee-\ngemaakt.’ Daarna volgt een ander verhaal over de school en de buurt.',
);

describe('marked quotations', () => {
  it('separates text in „…” from our own words around it', () => {
    expect(splitQuotations('Een moeder zegt: „Ik voel me geen nummer.” Dat helpt.')).toEqual({
      quotations: ['Ik voel me geen nummer.'],
      ownWords: ['Een moeder zegt: ', ' Dat helpt.'],
    });
  });

  it('treats straight quotes as our own words', () => {
    expect(splitQuotations('het "A versus B"-patroon').quotations).toEqual([]);
  });

  it('reports an opening mark that is never closed', () => {
    expect(unbalancedQuotation('Zij zegt: „Ik voel me geen nummer.')).toContain('„Ik voel');
    expect(unbalancedQuotation('Zij zegt: „Ik voel me geen nummer.”')).toBeUndefined();
  });
});

describe('a quote in its source', () => {
  it('is found despite other punctuation, capitals and a word broken over a line', () => {
    expect(
      quoteOccursIn(
        'ik voel me geen nummer; ze luistert ECHT naar me, ook als het slecht gaat. Dat had ik nooit eerder meegemaakt',
        source,
      ),
    ).toBe(true);
  });

  it('may join adjacent fragments with (..)', () => {
    expect(quoteOccursIn('Ik voel me geen nummer. (..) Dat had ik nooit eerder meegemaakt.', source)).toBe(
      true,
    );
  });

  it('is not found when a word drifted', () => {
    expect(quoteOccursIn('Ik voel me geen nummer. Ze luistert altijd naar me.', source)).toBe(false);
  });

  it('is not found when the fragments are out of order', () => {
    expect(quoteOccursIn('Dat had ik nooit eerder meegemaakt. (..) Ik voel me geen nummer.', source)).toBe(
      false,
    );
  });
});
