import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../../src/knowledge/link-graph';

const ref = (collection: string, id: string) => ({ collection, id });

const entries = [
  { collection: 'werkkaarten', id: 'houding', data: {} },
  { collection: 'elementen', id: 'luisteren', data: { theme: ref('werkkaarten', 'houding') } },
  {
    collection: 'dilemmas',
    id: 'flexibel',
    data: { theme: ref('werkkaarten', 'houding'), poleA: { element: ref('elementen', 'luisteren') } },
    body: 'Zie ook [luisteren](/elementen/luisteren/) en [kaart](/werkkaarten/houding/#x).',
  },
  { collection: 'citaten', id: 'q1', data: { dilemmas: [ref('dilemmas', 'flexibel')] } },
];

describe('the link graph', () => {
  const graph = buildLinkGraph(entries);

  it.each([
    ['elementen/luisteren', ['werkkaarten/houding']],
    ['dilemmas/flexibel', ['werkkaarten/houding', 'elementen/luisteren']],
    ['citaten/q1', ['dilemmas/flexibel']],
    ['werkkaarten/houding', []],
  ])('lists the outgoing links of %s once each', (key, expected) => {
    const [collection, id] = key.split('/') as [string, string];
    expect(graph.outgoing(ref(collection, id)).map((r) => `${r.collection}/${r.id}`)).toEqual(expected);
  });

  it.each([
    ['werkkaarten/houding', ['elementen/luisteren', 'dilemmas/flexibel']],
    ['elementen/luisteren', ['dilemmas/flexibel']],
    ['dilemmas/flexibel', ['citaten/q1']],
    ['citaten/q1', []],
  ])('knows what points back to %s', (key, expected) => {
    const [collection, id] = key.split('/') as [string, string];
    expect(graph.incoming(ref(collection, id)).map((r) => `${r.collection}/${r.id}`)).toEqual(expected);
  });

  it('leaves out links to entries that do not exist', () => {
    const g = buildLinkGraph([
      { collection: 'elementen', id: 'a', data: { related: [ref('elementen', 'nope')] } },
    ]);
    expect(g.outgoing(ref('elementen', 'a'))).toEqual([]);
  });

  it('counts every way of writing a body link, through the one entry-link parser', () => {
    const g = buildLinkGraph([
      { collection: 'elementen', id: 'a', data: {} },
      { collection: 'elementen', id: 'b', data: {} },
      { collection: 'elementen', id: 'c', data: {} },
      {
        collection: 'elementen',
        id: 'd',
        data: {},
        body: '[b][r] en <a href="/elementen/c/">c</a> en `[a](/elementen/a/)`\n\n[r]: /elementen/b/ "titel"',
      },
    ]);
    expect(g.outgoing(ref('elementen', 'd')).map((r) => r.id)).toEqual(['b', 'c']);
  });
});
