import { describe, expect, it } from 'vitest';
import {
  buildShingleIndex,
  findCopiedRuns,
  normaliseWords,
  prepareSourceText,
} from '../support/fidelity/originality';

const source = {
  name: '004_report.txt',
  text: 'Inleiding\nHulpverleners ervaren deze gezinnen veelal als lastig. Ze zijn moeilijk te bena-\nderen door hulpverleners, komen altijd te laat,\n\n11\n\nstellen de verkeerde hulpvraag bij de verkeerde instellingen.',
};

describe('normalising words', () => {
  it('ignores case, punctuation, diacritics and hyphens inside compounds', () => {
    expect(normaliseWords('Coöperatief, ouder-kind; "Multi-stress"!')).toEqual([
      'cooperatief',
      'ouderkind',
      'multistress',
    ]);
  });

  it('joins words the PDF extraction broke over a line and drops page numbers', () => {
    expect(normaliseWords(prepareSourceText('te bena-\nderen,\n\n11\n\nstellen'))).toEqual([
      'te',
      'benaderen',
      'stellen',
    ]);
  });
});

describe('finding copied runs', () => {
  const index = buildShingleIndex([source]);

  it('finds a run of ten or more words copied from a source, across a page break and a broken word', () => {
    const runs = findCopiedRuns(
      'Wij schrijven: ze zijn moeilijk te benaderen door hulpverleners, komen altijd te laat, stellen de verkeerde hulpvraag. Einde.',
      index,
    );
    expect(runs).toEqual([
      {
        run: 'ze zijn moeilijk te benaderen door hulpverleners komen altijd te laat stellen de verkeerde hulpvraag',
        words: 15,
        source: '004_report.txt',
      },
    ]);
  });

  it('lets nine identical words pass', () => {
    expect(
      findCopiedRuns(
        'ze zijn moeilijk te benaderen door hulpverleners, komen altijd; wij zeggen het anders',
        index,
      ),
    ).toEqual([]);
  });

  it('catches ten identical words', () => {
    const runs = findCopiedRuns(
      'ze zijn moeilijk te benaderen door hulpverleners, komen altijd te; wij niet',
      index,
    );
    expect(runs.map((r) => r.words)).toEqual([10]);
  });

  it('does not hide a copied run behind different capitals and punctuation', () => {
    const runs = findCopiedRuns(
      'HULPVERLENERS ERVAREN DEZE GEZINNEN — VEELAL — ALS LASTIG: ZE ZIJN MOEILIJK TE BENADEREN!',
      index,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.words).toBe(12);
  });
});
