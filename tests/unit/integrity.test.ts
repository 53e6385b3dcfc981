import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems } from '../../src/lib/integrity';

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

  it('checks links to entries written in the body', () => {
    const [problem] = checkIntegrity([element('luisteren', {}, 'Zie [dit](/dilemmas/onbekend/).')]);
    expect(problem).toMatchObject({ field: 'body' });
    expect(problem?.message).toContain('"onbekend"');
  });

  it('ignores body links to pages that are not collections', () => {
    expect(
      checkIntegrity([element('luisteren', {}, 'Zie [model](/iwf-model/) en [zoek](/zoeken/).')]),
    ).toEqual([]);
  });

  it('says in its summary that nothing was published', () => {
    const text = formatProblems(checkIntegrity([element('a', { theme: ref('werkkaarten', 'x') })]));
    expect(text).toMatch(/^Content check failed: 1 broken link/);
    expect(text).toContain('Nothing was published.');
    expect(text).toContain('content/elementen/a.mdx');
  });
});
