import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, phrasesOf } from '../../src/lib/glossary';

describe('glossary terms on a page', () => {
  it('takes the title and the words in parentheses as phrases', () => {
    expect(phrasesOf('IWF-model (Integratief Werkzame Factoren Model)')).toEqual([
      'IWF-model',
      'Integratief Werkzame Factoren Model',
    ]);
    expect(phrasesOf('Bemoeizorg')).toEqual(['Bemoeizorg']);
  });

  it('uses the phrases an author gave instead, when there are any', () => {
    expect(phrasesOf('Zorgmijders en zorgmissers', ['zorgmijders', 'zorgmissers'])).toEqual([
      'zorgmijders',
      'zorgmissers',
    ]);
  });

  const terms = [
    { id: 'regie', phrases: ['regie bij het gezin'] },
    { id: 'casusregie', phrases: ['casusregie'] },
    { id: 'bemoeizorg', phrases: ['Bemoeizorg'] },
    { id: 'magie', phrases: ['MAGIE-doelen'] },
  ];

  it('finds terms in any case, in order of first use', () => {
    expect(findGlossaryTerms('Soms is bemoeizorg nodig. Stel MAGIE-doelen met het gezin.', terms)).toEqual([
      'bemoeizorg',
      'magie',
    ]);
  });

  it('matches whole words only', () => {
    expect(findGlossaryTerms('De casusregisseur voert casusregie.', terms)).toEqual(['casusregie']);
    expect(findGlossaryTerms('Zorgmijders en bemoeizorgachtig werk', terms)).toEqual([]);
  });
});
