import { describe, expect, it } from 'vitest';
import { resolveSlots, totalMinutes, type IntervisieDilemma } from '../../src/features/intervisie/slots';

const dilemma = (over: Partial<IntervisieDilemma> = {}): IntervisieDilemma => ({
  id: 'flexibel-versus-grenzen',
  title: 'Flexibel zijn versus grenzen stellen',
  summary: 'Meebewegen of een grens trekken.',
  url: '/dilemmas/flexibel-versus-grenzen/',
  werkkaart: {
    number: 2,
    title: 'Gewenste houding',
    shortTitle: 'Houding',
    url: '/werkkaarten/gewenste-houding/',
  },
  poles: [
    {
      side: 'A',
      label: 'Flexibel zijn',
      pull: 'Het gezin voelt zich gezien.',
      pitfall: 'Je verliest de richting.',
      element: { title: 'Flexibiliteit', url: '/elementen/flexibiliteit/', summary: 'Meebewegen.' },
    },
    { side: 'B', label: 'Grenzen stellen', pull: 'Duidelijkheid.', pitfall: 'Het contact breekt.' },
  ],
  questions: ['Vraag 1?', 'Vraag 2?', 'Vraag 3?'],
  quotes: [
    { text: 'Een', role: 'ouder' },
    { text: 'Twee', role: 'hulpverlener' },
    { text: 'Drie', role: 'ouder' },
    { text: 'Vier', role: 'ouder' },
  ],
  ...over,
});

describe('slot resolution', () => {
  it('shows the parts a step asks for, in the order it asks for them', () => {
    const { parts } = resolveSlots(['vragen', 'dilemma', 'werkkaart'], dilemma());
    expect(parts.map((p) => p.kind)).toEqual(['vragen', 'dilemma', 'werkkaart']);
  });

  it('draws the poles once, with pull and pitfall only when the step asks for them', () => {
    const labelsOnly = resolveSlots(['polen'], dilemma()).parts[0];
    expect(labelsOnly).toMatchObject({ kind: 'polen', showPull: false, showPitfall: false });
    const { parts } = resolveSlots(['polen', 'trekkracht', 'valkuilen'], dilemma());
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: 'polen', showPull: true, showPitfall: true });
  });

  it('brings the pole labels along when a step only asks what pulls each way', () => {
    const { parts } = resolveSlots(['trekkracht'], dilemma());
    expect(parts[0]).toMatchObject({ kind: 'polen', showPull: true, showPitfall: false });
    if (parts[0]?.kind !== 'polen') throw new Error('expected poles');
    expect(parts[0].poles.map((p) => p.label)).toEqual(['Flexibel zijn', 'Grenzen stellen']);
  });

  it('lists the linked elements with the pole they belong to', () => {
    const { parts } = resolveSlots(['elementen'], dilemma());
    expect(parts[0]).toEqual({
      kind: 'elementen',
      items: [
        {
          title: 'Flexibiliteit',
          url: '/elementen/flexibiliteit/',
          summary: 'Meebewegen.',
          side: 'A',
          pole: 'Flexibel zijn',
        },
      ],
    });
  });

  it('shows at most three quotes in a step', () => {
    const { parts } = resolveSlots(['citaten'], dilemma());
    expect(parts[0]?.kind === 'citaten' && parts[0].quotes.map((q) => q.text)).toEqual([
      'Een',
      'Twee',
      'Drie',
    ]);
  });

  it('reports what a dilemma has nothing for instead of showing an empty box', () => {
    const bare = dilemma({
      quotes: [],
      poles: [
        { side: 'A', label: 'A', pull: 'a', pitfall: 'a' },
        { side: 'B', label: 'B', pull: 'b', pitfall: 'b' },
      ],
    });
    const resolved = resolveSlots(['elementen', 'citaten', 'vragen'], bare);
    expect(resolved.parts.map((p) => p.kind)).toEqual(['vragen']);
    expect(resolved.empty).toEqual(['elementen', 'citaten']);
  });

  it('shows nothing of the dilemma in a step about the case alone', () => {
    expect(resolveSlots([], dilemma())).toEqual({ parts: [], empty: [] });
  });

  it('adds up the minutes of a method', () => {
    expect(totalMinutes({ steps: [{ minutes: 4 }, { minutes: 26 }] as never })).toBe(30);
  });
});
