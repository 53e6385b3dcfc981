/**
 * The entry-page data step with a small fake knowledge base: what a reader sees
 * on an entry's page, without building the site.
 */
import { describe, expect, it } from 'vitest';
import { entryPage, LONG_GROUP, tensionOf } from '../../src/knowledge/views/entry-page';
import { buildKnowledge, type AnyEntry } from '../../src/knowledge/knowledge';
import { themeListPages } from '../../src/knowledge/views/theme-list-page';
import { INLINE_LIMIT, PAGE_SIZE } from '../../src/knowledge/paginate';

const ref = (collection: string, id: string) => ({ collection, id });
const src = (plaats = 'p. 1') => [{ bron: ref('bronnen', 'rapport'), plaats }];

function entry(collection: string, id: string, data: Record<string, unknown>, body = ''): AnyEntry {
  return { collection, id, data, body, filePath: `content/${collection}/${id}.mdx` } as unknown as AnyEntry;
}

const entries: AnyEntry[] = [
  entry('bronnen', 'rapport', {
    title: 'Het rapport',
    kind: 'document',
    summary: 'Een rapport.',
    authors: [],
    citedIn: [],
  }),
  entry('werkkaarten', 'houding', {
    number: 2,
    title: 'Gewenste houding',
    shortTitle: 'Houding',
    question: 'Hoe sta je naast het gezin?',
    factor: 'professional',
    summary: 'Over houding.',
    keywords: ['attitude'],
    sources: src('§2'),
  }),
  entry('levensgebieden', 'kind', {
    title: 'Opvoeding',
    order: 1,
    summary: 'Het kind.',
    keywords: [],
    sources: src(),
  }),
  entry('begrippen', 'bemoeizorg', {
    title: 'Bemoeizorg',
    summary: 'Hulp die je niet vroeg.',
    terms: [],
    related: [],
    keywords: [],
    sources: src(),
  }),
  entry('begrippen', 'regie', {
    title: 'Regie bij het gezin',
    summary: 'Het gezin beslist.',
    terms: [],
    related: [],
    keywords: [],
    sources: src(),
  }),
  entry(
    'elementen',
    'luisteren',
    {
      title: 'Echt luisteren',
      summary: 'Luister eerst.',
      factor: 'interactie',
      theme: ref('werkkaarten', 'houding'),
      group: 'Contact',
      order: 1,
      levensgebieden: [ref('levensgebieden', 'kind')],
      dilemmas: [],
      interventies: [],
      citaten: [],
      related: [],
      keywords: ['aandacht'],
      sources: src('p. 19'),
    },
    'Laat de regie bij het gezin. Soms is bemoeizorg nodig, en dan weer regie bij het gezin.',
  ),
  entry('elementen', 'grenzen', {
    title: 'Grenzen stellen',
    summary: 'Zeg wat niet kan.',
    factor: 'professional',
    theme: ref('werkkaarten', 'houding'),
    order: 2,
    levensgebieden: [],
    dilemmas: [],
    interventies: [],
    citaten: [],
    related: [],
    keywords: [],
    sources: src(),
  }),
  entry('dilemmas', 'flexibel', {
    title: 'Flexibel versus grenzen',
    summary: 'Meebewegen of vasthouden.',
    theme: ref('werkkaarten', 'houding'),
    poleA: {
      label: 'Flexibel zijn',
      element: ref('elementen', 'luisteren'),
      pull: 'Contact.',
      pitfall: 'Vervagen.',
    },
    poleB: {
      label: 'Grenzen stellen',
      element: ref('elementen', 'grenzen'),
      pull: 'Veiligheid.',
      pitfall: 'Breuk.',
    },
    questions: ['Een?', 'Twee?', 'Drie?'],
    citaten: [],
    order: 1,
    keywords: [],
    sources: src(),
  }),
  entry('citaten', 'z-later', {
    text: 'Zij bleef gewoon komen.',
    role: 'ouder',
    theme: ref('werkkaarten', 'houding'),
    elementen: [ref('elementen', 'luisteren')],
    dilemmas: [],
    interventies: [],
    source: { bron: ref('bronnen', 'rapport'), plaats: 'p. 40' },
  }),
  entry('citaten', 'a-eerder', {
    text: 'Aan tafel luisterde ze echt.',
    role: 'jongere',
    context: 'thuis',
    elementen: [ref('elementen', 'luisteren')],
    dilemmas: [],
    interventies: [],
    source: { bron: ref('bronnen', 'rapport'), plaats: 'p. 41' },
  }),
];
const knowledge = buildKnowledge(entries);
const get = (collection: string, id: string) => knowledge.get(ref(collection, id))!;

describe('the page of an element', () => {
  const page = entryPage(get('elementen', 'luisteren'), knowledge);

  it('has its title, summary and address', () => {
    expect(page).toMatchObject({
      title: 'Echt luisteren',
      heading: 'Echt luisteren',
      summary: 'Luister eerst.',
    });
    expect(page.url).toBe('/elementen/luisteren/');
    expect(page.kind.label).toBe('Werkzaam element');
  });

  it('names its factor, werkkaart and group, and the dilemma in which it is a pole', () => {
    expect(page.element?.factor).toEqual({
      label: 'Interactie cliënt–professional',
      url: '/elementen/#interactie',
    });
    expect(page.element?.theme).toMatchObject({ title: 'Gewenste houding', url: '/werkkaarten/houding/' });
    expect(page.element?.group).toBe('Contact');
    expect(page.element?.poles).toEqual([
      {
        dilemma: expect.objectContaining({ title: 'Flexibel versus grenzen', url: '/dilemmas/flexibel/' }),
        own: 'Flexibel zijn',
        other: 'Grenzen stellen',
        otherElement: expect.objectContaining({ title: 'Grenzen stellen', url: '/elementen/grenzen/' }),
      },
    ]);
  });

  it('shows the quotes that point to it in reading order, with the speaker’s role label', () => {
    expect(page.quotes.map((q) => q.text)).toEqual([
      'Aan tafel luisterde ze echt.',
      'Zij bleef gewoon komen.',
    ]);
    expect(page.quotes[0]).toEqual({
      text: 'Aan tafel luisterde ze echt.',
      roleLabel: 'Jongere',
      context: 'thuis',
      url: '/citaten/a-eerder/',
    });
  });

  it('explains the glossary terms it uses, in order of first use, once each', () => {
    expect(page.glossary.map((g) => [g.title, g.url])).toEqual([
      ['Regie bij het gezin', '/begrippen/regie/'],
      ['Bemoeizorg', '/begrippen/bemoeizorg/'],
    ]);
  });

  it('files itself for search under its kind, werkkaart, factor and life domain, with its keywords', () => {
    expect(page.search).toEqual({
      filters: [
        ['type', 'Werkzaam element'],
        ['werkkaart', '2. Houding'],
        ['factor', 'Interactie cliënt–professional'],
        ['levensgebied', 'Opvoeding'],
      ],
      type: 'Werkzaam element',
      accent: 'element',
      keywords: ['aandacht'],
    });
  });

  it('groups what it links to and what mentions it, leaving out quotes shown above', () => {
    expect(
      page.related.map((s) => [s.heading, s.groups.map((g) => [g.heading, g.items.map((i) => i.title)])]),
    ).toEqual([
      [
        'Hangt samen met',
        [
          ['Werkkaarten', ['Gewenste houding']],
          ['Levensgebieden', ['Opvoeding']],
        ],
      ],
      ['Genoemd in', [["Dilemma's", ['Flexibel versus grenzen']]]],
    ]);
  });

  it('names its source with the place in it', () => {
    expect(page.sources).toEqual([{ title: 'Het rapport', url: '/bronnen/rapport/', plaats: 'p. 19' }]);
  });
});

describe('the page of a dilemma', () => {
  const page = entryPage(get('dilemmas', 'flexibel'), knowledge);

  it('shows both poles with their elements, its theme and the questions for the group', () => {
    expect(page.dilemma?.theme?.url).toBe('/werkkaarten/houding/');
    expect(page.dilemma?.tension.poles.map((p) => [p.side, p.label, p.element?.url])).toEqual([
      ['A', 'Flexibel zijn', '/elementen/luisteren/'],
      ['B', 'Grenzen stellen', '/elementen/grenzen/'],
    ]);
    expect(page.questions).toEqual(['Een?', 'Twee?', 'Drie?']);
    expect(page.element).toBeUndefined();
  });
});

describe('the page of a werkkaart', () => {
  const page = entryPage(get('werkkaarten', 'houding'), knowledge);

  it('lists its elements by group and its dilemmas as tension pairs, not again under related links', () => {
    expect(page.werkkaart?.elementCount).toBe(2);
    expect(page.werkkaart?.elementGroups.map((g) => [g.group, g.items.map((i) => i.title)])).toEqual([
      ['Contact', ['Echt luisteren']],
      ['', ['Grenzen stellen']],
    ]);
    expect(page.werkkaart?.dilemmas).toEqual([tensionOf(get('dilemmas', 'flexibel') as never, knowledge)]);
    const shown = page.related.flatMap((s) => s.groups.map((g) => g.collection));
    expect(shown).not.toContain('elementen');
    expect(shown).not.toContain('dilemmas');
    expect(page.search.filters).toContainEqual(['werkkaart', '2. Houding']);
  });
});

describe('the page of a quote', () => {
  const page = entryPage(get('citaten', 'a-eerder'), knowledge);

  it('shows the quote itself under a heading naming the speaker’s role, never a name', () => {
    expect(page.heading).toBe('Citaat van een jongere');
    expect(page.quote?.text).toBe('Aan tafel luisterde ze echt.');
    expect(page.sources).toEqual([{ title: 'Het rapport', url: '/bronnen/rapport/', plaats: 'p. 41' }]);
  });
});

describe('long groups', () => {
  it('are folded when more than LONG_GROUP entries mention the page', () => {
    const many = Array.from({ length: LONG_GROUP + 1 }, (_, i) =>
      entry('elementen', `e${String(i).padStart(2, '0')}`, {
        title: `Element ${i}`,
        summary: 'x',
        factor: 'client',
        order: 100,
        levensgebieden: [],
        dilemmas: [],
        interventies: [],
        citaten: [],
        related: [],
        keywords: [],
        sources: src(),
      }),
    );
    const kb = buildKnowledge([...entries, ...many]);
    const source = entryPage(kb.get(ref('bronnen', 'rapport'))!, kb);
    const elements = source.related[0]?.groups.find((g) => g.collection === 'elementen');
    expect(elements?.folded).toBe(true);
    expect(elements?.items).toHaveLength(LONG_GROUP + 3);
  });
});

describe('a werkkaart with more elements than fit on its page', () => {
  const many = Array.from({ length: PAGE_SIZE + 5 }, (_, i) =>
    entry('elementen', `veel-${String(i).padStart(3, '0')}`, {
      title: `Element ${String(i).padStart(3, '0')}`,
      summary: 'x',
      factor: 'client',
      theme: ref('werkkaarten', 'houding'),
      order: 100,
      levensgebieden: [],
      dilemmas: [],
      interventies: [],
      citaten: [],
      related: [],
      keywords: [],
      sources: src(),
    }),
  );
  const kb = buildKnowledge([...entries, ...many]);
  const total = PAGE_SIZE + 5 + 2;

  it('shows the first few on the werkkaart page and links to the full list', () => {
    const page = entryPage(kb.get(ref('werkkaarten', 'houding'))!, kb);
    expect(page.werkkaart?.elementCount).toBe(total);
    expect(page.werkkaart?.elementGroups.flatMap((g) => g.items)).toHaveLength(INLINE_LIMIT);
    expect(page.werkkaart?.moreElements).toEqual({ count: total, url: '/elementen/werkkaart/houding/' });
    expect(page.werkkaart?.moreDilemmas).toBeUndefined();
  });

  it('lists every element once over numbered static pages, and makes no page for short lists', () => {
    const pages = themeListPages(kb);
    expect(pages.map((p) => [p.collection, p.page, p.links.length])).toEqual([
      ['elementen', 1, PAGE_SIZE],
      ['elementen', 2, total - PAGE_SIZE],
    ]);
    expect(pages[1]?.pages.map((p) => p.url)).toEqual([
      '/elementen/werkkaart/houding/',
      '/elementen/werkkaart/houding/2/',
    ]);
    expect(new Set(pages.flatMap((p) => p.links.map((l) => l.url))).size).toBe(total);
  });
});
