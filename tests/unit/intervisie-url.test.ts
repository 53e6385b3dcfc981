import { describe, expect, it } from 'vitest';
import { isRunnable, parseChoice, serializeChoice } from '../../src/features/intervisie/url';

const known = {
  dilemmas: new Set(['flexibel-versus-grenzen', 'blijven-versus-hulp-stoppen']),
  methoden: new Map([
    ['incidentmethode', 8],
    ['korte-intervisie', 5],
  ]),
};

describe('intervision URL', () => {
  it('reads a complete link, counting steps from 1 in the URL and from 0 inside', () => {
    expect(parseChoice('?dilemma=flexibel-versus-grenzen&methode=incidentmethode&stap=3', known)).toEqual({
      dilemma: 'flexibel-versus-grenzen',
      methode: 'incidentmethode',
      stap: 2,
      problems: [],
    });
  });

  it('starts at step 1 without a message when the link names no step', () => {
    const parsed = parseChoice('?dilemma=flexibel-versus-grenzen&methode=korte-intervisie', known);
    expect(parsed.stap).toBe(0);
    expect(parsed.problems).toEqual([]);
  });

  it('treats an empty address as the chooser, without a message', () => {
    expect(parseChoice('', known)).toEqual({ stap: 0, problems: [] });
  });

  it('explains an unknown dilemma or method in Dutch and keeps the rest of the choice', () => {
    const parsed = parseChoice('?dilemma=bestaat-niet&methode=incidentmethode', known);
    expect(parsed.dilemma).toBeUndefined();
    expect(parsed.methode).toBe('incidentmethode');
    expect(parsed.problems).toEqual([
      'Het dilemma ‘bestaat-niet’ uit de link bestaat niet (meer). Kies hieronder een dilemma.',
    ]);
    expect(parseChoice('?methode=wat', known).problems[0]).toContain('De methode ‘wat’');
  });

  it.each(['0', '9', '-1', '2.5', 'drie', '1e3', '99999999999'])('refuses step %s with a message', (stap) => {
    const parsed = parseChoice(
      `?dilemma=flexibel-versus-grenzen&methode=incidentmethode&stap=${stap}`,
      known,
    );
    expect(parsed.stap).toBe(0);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/bestaat niet bij deze methode \(stap 1 tot en met 8\)/);
  });

  it('quotes a hostile value back shortened, as plain text', () => {
    const evil = `<script>alert(1)</script>${'x'.repeat(200)}`;
    const parsed = parseChoice(`?dilemma=${encodeURIComponent(evil)}`, known);
    expect(parsed.dilemma).toBeUndefined();
    expect(parsed.problems[0]).toContain('‘<script>alert(1)</script>xxxxxxxxxxxxxxx…’');
    expect(parsed.problems[0]!.length).toBeLessThan(120);
  });

  it('uses the first value when a parameter is repeated', () => {
    expect(parseChoice('?dilemma=flexibel-versus-grenzen&dilemma=x', known).dilemma).toBe(
      'flexibel-versus-grenzen',
    );
  });

  it('writes only what was chosen, with the step counted from 1', () => {
    expect(serializeChoice({ dilemma: 'a', methode: 'b', stap: 4 })).toBe('?dilemma=a&methode=b&stap=5');
    expect(serializeChoice({ dilemma: 'a', stap: 4 })).toBe('?dilemma=a');
    expect(serializeChoice({ stap: 0 })).toBe('');
  });

  it('round-trips every step of a method', () => {
    for (let stap = 0; stap < 8; stap++) {
      const choice = { dilemma: 'flexibel-versus-grenzen', methode: 'incidentmethode', stap };
      expect(parseChoice(serializeChoice(choice), known)).toEqual({ ...choice, problems: [] });
    }
  });

  it('runs the step view only with both a dilemma and a method', () => {
    expect(isRunnable({ dilemma: 'a', methode: 'b', stap: 0 })).toBe(true);
    expect(isRunnable({ dilemma: 'a', stap: 0 })).toBe(false);
  });
});
