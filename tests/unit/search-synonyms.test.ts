import { describe, expect, it } from 'vitest';
import { SYNONYM_WEIGHT, synonymsFor } from '../../src/features/search/synonyms';
import { termsOf } from '../../src/features/search/query';

const added = (question: string) => synonymsFor(termsOf(question)).map((t) => t.text);

describe('everyday words find the words our texts use', () => {
  it('reads "schulden" as money worries, not as blame', () => {
    expect(added('schulden')).toEqual(['geldzorgen', 'armoede']);
  });

  it('links skipping school to school, and grandparents to the family network', () => {
    expect(added('zoon spijbelt steeds')).toContain('school');
    expect(added('opa en oma willen helpen')).toEqual(['familie', 'netwerk']);
  });

  it('understands a split Dutch verb only when both parts are there', () => {
    expect(added('gezin zegt steeds de afspraak af')).toContain('afzeggen');
    expect(added('moeder zegt dat het goed gaat')).not.toContain('afzeggen');
  });

  it('adds nothing the question already says, and weighs additions below typed words', () => {
    const terms = synonymsFor(termsOf('schulden en geldzorgen'));
    expect(terms.map((t) => t.text)).not.toContain('geldzorgen');
    expect(terms.every((t) => t.weight === SYNONYM_WEIGHT && t.weight < 1)).toBe(true);
  });

  it('keeps a long question cheap: at most six extra searches', () => {
    expect(
      synonymsFor(termsOf('schulden aanmaningen deurwaarder huur rekeningen boos psychisch')),
    ).toHaveLength(6);
  });

  it('adds nothing to a question it has no words for', () => {
    expect(added('flexibel grenzen')).toEqual([]);
  });
});
