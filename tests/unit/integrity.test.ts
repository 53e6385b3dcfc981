import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems } from '../../src/knowledge/integrity';

const ref = (collection: string, id: string) => ({ collection, id });
const element = (id: string, data: object = {}, body = '') => ({
  collection: 'elementen',
  id,
  filePath: `content/elementen/${id}.mdx`,
  data,
  body,
});

describe('the integrity check', () => {
  it('accepts content where every reference points to an existing entry', () => {
    const entries = [
      element('luisteren', { theme: ref('werkkaarten', 'houding') }),
      { collection: 'werkkaarten', id: 'houding', data: {} },
    ];
    expect(checkIntegrity(entries)).toEqual([]);
  });

  it('names the file, the field and the missing id of a dangling reference', () => {
    const [problem] = checkIntegrity([element('luisteren', { theme: ref('werkkaarten', 'bestaat-niet') })]);
    expect(problem).toMatchObject({ file: 'content/elementen/luisteren.mdx', field: 'theme' });
    expect(problem?.message).toContain('"bestaat-niet"');
    expect(problem?.message).toContain('content/werkkaarten/');
  });

  it('gives the path inside nested fields and lists', () => {
    const problems = checkIntegrity([
      {
        collection: 'dilemmas',
        id: 'flexibel',
        data: { poleA: { element: ref('elementen', 'weg') }, citaten: [ref('citaten', 'ook-weg')] },
      },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['poleA.element', 'citaten[0]']);
  });

  it('suggests the id the author probably meant', () => {
    const [problem] = checkIntegrity([
      element('luisteren', { related: [ref('elementen', 'grenzenn')] }),
      element('grenzen'),
    ]);
    expect(problem?.message).toContain('Did you mean "grenzen"?');
  });

  it('checks links to entries written in the body, naming the line in the file', () => {
    const [problem] = checkIntegrity([
      { ...element('luisteren', {}, 'Tekst.\n\nZie [dit](/dilemmas/onbekend/).'), bodyLine: 12 },
    ]);
    expect(problem).toMatchObject({ field: 'body', line: 14 });
    expect(problem?.message).toContain('The link "/dilemmas/onbekend/" points to "onbekend" in dilemmas');
  });

  it.each([
    ['an inline link with a title', '[a](/elementen/weg/ "titel")', 'points to "weg"'],
    ['a reference-style link', '[a][r]\n\n[r]: /elementen/weg/', 'points to "weg"'],
    ['a raw <a href>', "<a href='/elementen/weg/'>a</a>", 'points to "weg"'],
    ['a misspelt collection', '[a](/elementn/grenzen/)', 'Did you mean "/elementen/"?'],
    ['an uppercase id', '[a](/elementen/Grenzen/)', 'Addresses are written in lowercase'],
    ['a relative link', '[a](../grenzen/)', 'write the full address "/elementen/grenzen/"'],
    [
      'a fragment that is not a heading',
      '[a](/elementen/grenzen/#wat-werkt)',
      '"#wat-werkt", which is not a heading',
    ],
  ])('fails on %s', (_, body, expected) => {
    const problems = checkIntegrity([
      element('luisteren', {}, body),
      element('grenzen', {}, '## Wat werkt wel'),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(expected);
  });

  it('accepts a fragment that is a heading of the target, and one on the page itself', () => {
    expect(
      checkIntegrity([
        element('luisteren', {}, '## Eigen kop\n\n[a](/elementen/grenzen/#wat-werkt-wel) [b](#eigen-kop)'),
        element('grenzen', {}, '## Wat werkt wel'),
      ]),
    ).toEqual([]);
  });

  it('ignores body links to pages that are not collections, and to other sites', () => {
    expect(
      checkIntegrity([
        element('luisteren', {}, 'Zie [model](/iwf-model/), [zoek](/zoeken/) en [nji](https://www.nji.nl/).'),
      ]),
    ).toEqual([]);
  });

  it('says in its summary that nothing was published', () => {
    const text = formatProblems(checkIntegrity([element('a', { theme: ref('werkkaarten', 'x') })]));
    expect(text).toMatch(/^Content check failed: 1 broken link/);
    expect(text).toContain('Nothing was published.');
    expect(text).toContain('content/elementen/a.mdx');
  });
});
