import { describe, expect, it } from 'vitest';
import {
  countWords,
  dataText,
  formatMinutes,
  plainText,
  readingMinutes,
  stepMinutes,
} from '../../src/features/routes/reading-time';

describe('reading-time estimates', () => {
  it('counts the words a reader sees, not link targets or markup', () => {
    const text = plainText(
      '## Kop\n\nZie de [werkkaart Gewenste houding](/werkkaarten/gewenste-houding/) en **dit**.\n<Aside>Let op</Aside>',
    );
    expect(text).toBe('Kop Zie de werkkaart Gewenste houding en dit . Let op');
    expect(countWords(text)).toBe(10);
  });

  it('counts Dutch words with accents, apostrophes and hyphens as one word each', () => {
    expect(countWords("Cliëntfactoren, dilemma's en één gezin-één plan")).toBe(6);
  });

  it('rounds reading time up to whole minutes, at least one minute for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('adds half a minute per question to a step and rounds up', () => {
    // 600 words = 3 minutes, 3 questions = 1.5 minutes → 5 minutes
    expect(stepMinutes([200, 400], 3)).toBe(5);
    expect(stepMinutes([100], 0)).toBe(1);
  });

  it('reads an entry’s text fields but skips sources, keywords and references', () => {
    const text = dataText({
      title: 'Titel hier',
      summary: 'Korte samenvatting.',
      poleA: { label: 'Flexibel', element: { collection: 'elementen', id: 'niet-lezen' } },
      keywords: ['zoekwoord'],
      sources: [{ bron: { collection: 'bronnen', id: 'x' }, plaats: 'p. 19' }],
    });
    expect(text).toContain('Titel hier');
    expect(text).toContain('Flexibel');
    expect(text).not.toMatch(/zoekwoord|niet-lezen|p\. 19/);
  });

  it('writes minutes the Dutch way', () => {
    expect(formatMinutes(8)).toBe('8 min');
    expect(formatMinutes(60)).toBe('1 uur');
    expect(formatMinutes(95)).toBe('1 uur 35 min');
  });
});
