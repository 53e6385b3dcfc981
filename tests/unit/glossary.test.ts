import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher, findGlossaryTerms, phrasesOf } from '../../src/knowledge/glossary';

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

describe('the one-pass glossary matcher', () => {
  const matcher = buildGlossaryMatcher([
    { id: 'casusregie', phrases: ['casusregie', 'casusregisseur', 'casemanager'] },
    { id: 'regie', phrases: ['Regie bij het gezin'] },
    { id: 'egeg', phrases: ['één gezin, één plan, één regisseur', 'één gezin, één plan'] },
    { id: 'kader', phrases: ['gedwongen kader', 'drang- en dwangkader'] },
    { id: 'iwf', phrases: ['IWF-model', 'Integratief Werkzame Factoren Model'] },
    { id: 'mpg', phrases: ['MPG+-aanpak'] },
    { id: 'zorgmijders', phrases: ['zorgmijders', 'zorgmijder', 'zorgmijdend'] },
  ]);

  it('finds every form an author listed under terms:', () => {
    expect(matcher.find('Een zorgmijdend gezin.')).toEqual(['zorgmijders']);
    expect(matcher.find('De casemanager belt.')).toEqual(['casusregie']);
    expect(matcher.find('Werken binnen het drang- en dwangkader.')).toEqual(['kader']);
  });

  it('does not match a term inside a longer Dutch compound or derived word', () => {
    expect(matcher.find('Een regiebijeenkomst, zorgmijderschap en het IWF-modelletje.')).toEqual([]);
    expect(matcher.find('casusregieoverleg')).toEqual([]);
  });

  it('matches a term written with a hyphen or apostrophe next to it, as whole words', () => {
    expect(matcher.find('de casusregie-afspraken')).toEqual(['casusregie']);
    expect(matcher.find("Het IWF-model's kern")).toEqual(['iwf']);
  });

  it('matches letters with diacritics and punctuation inside a phrase exactly', () => {
    expect(matcher.find('Wij werken volgens ÉÉN gezin, één plan.')).toEqual(['egeg']);
    expect(matcher.find('Een gezin, een plan.')).toEqual([]);
    expect(matcher.find('één gezin één plan')).toEqual([]);
    expect(matcher.find('De MPG+-aanpak werkt.')).toEqual(['mpg']);
  });

  it('matches a phrase broken over two lines, in any case', () => {
    expect(matcher.find('We leggen de regie\nbij   het GEZIN.')).toEqual(['regie']);
  });

  it('needs every word of a phrase in a row', () => {
    expect(matcher.find('Regie bij de school, niet bij het gezin.')).toEqual([]);
    expect(matcher.find('Een gedwongen, zwaar kader.')).toEqual([]);
  });

  it('lists terms in order of first use, once each, and leaves out the page’s own term', () => {
    const text = 'Het IWF-model helpt de casusregisseur. Later weer casusregie en het IWF-model.';
    expect(matcher.find(text)).toEqual(['iwf', 'casusregie']);
    expect(matcher.find(text, 'iwf')).toEqual(['casusregie']);
  });
});
