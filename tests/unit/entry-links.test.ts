import { describe, expect, it } from 'vitest';
import { analyseBody, classifyHref } from '../../src/knowledge/links';

const collections = ['elementen', 'dilemmas', 'werkkaarten'];
const from = { collection: 'elementen', id: 'luisteren' };
const classify = (href: string) => classifyHref(href, { collections, from });
const hrefs = (body: string, format: 'mdx' | 'md' = 'mdx') =>
  analyseBody(body, format).links.map((l) => `${l.line}:${l.form} ${l.href}`);

describe('the entry-link parser', () => {
  it('finds an inline link, also with a title', () => {
    expect(hrefs('Zie [a](/elementen/a/) en [b](/elementen/b/ "titel").')).toEqual([
      '1:inline /elementen/a/',
      '1:inline /elementen/b/',
    ]);
  });

  it('finds a reference-style link where it is used, with the address of its definition', () => {
    expect(hrefs('Eerst.\n\nZie [dit][r] en [r].\n\n[r]: /dilemmas/flexibel/')).toEqual([
      '3:reference /dilemmas/flexibel/',
      '3:reference /dilemmas/flexibel/',
    ]);
  });

  it('finds a raw <a href> in MDX and in plain Markdown', () => {
    expect(hrefs("Zie <a href='/elementen/a/'>a</a>.")).toEqual(['1:html /elementen/a/']);
    expect(hrefs('Zie\n\n<p>\n<a href="/elementen/b/">b</a>\n</p>', 'md')).toEqual(['4:html /elementen/b/']);
  });

  it('ignores what only looks like a link, inside code', () => {
    expect(hrefs('Schrijf `[a](/elementen/a/)`.\n\n```\n[b](/elementen/b/)\n```')).toEqual([]);
  });

  it('gives the heading ids the build gives, for checking #fragments', () => {
    expect(analyseBody('## Wat werkt\n\n## Wat werkt\n\n### Dilemma’s en *valkuilen*').headings).toEqual([
      'wat-werkt',
      'wat-werkt-1',
      'dilemmas-en-valkuilen',
    ]);
  });
});

describe('reading a link address', () => {
  it('reads an entry link with or without its trailing slash and fragment', () => {
    expect(classify('/elementen/a/')).toEqual({
      kind: 'entry',
      collection: 'elementen',
      id: 'a',
      fragment: undefined,
    });
    expect(classify('/dilemmas/b')).toMatchObject({ kind: 'entry', collection: 'dilemmas', id: 'b' });
    expect(classify('/elementen/a/#wat-werkt')).toMatchObject({ id: 'a', fragment: 'wat-werkt' });
  });

  it('reads "#x" as a heading on the page itself', () => {
    expect(classify('#kop')).toEqual({
      kind: 'entry',
      collection: 'elementen',
      id: 'luisteren',
      fragment: 'kop',
    });
  });

  it('leaves outside links, mail and pages that are not entries alone', () => {
    for (const href of ['https://www.nji.nl/', 'mailto:a@b.nl', '/zoeken/', '/elementen/', '/iwf-model/']) {
      expect(classify(href)).toEqual({ kind: 'other' });
    }
  });

  it('suggests the collection meant by a misspelt one', () => {
    expect(classify('/elementn/a/')).toEqual({
      kind: 'wrong',
      message:
        'There is no section "/elementn/" on the site. Did you mean "/elementen/"? Write "/elementen/a/".',
    });
  });

  it('asks for lowercase in the collection and in the id', () => {
    expect(classify('/Elementen/a/')).toMatchObject({
      message: expect.stringContaining('write "/elementen/a/"'),
    });
    expect(classify('/elementen/Luisteren/#Kop')).toMatchObject({
      message:
        'Addresses are written in lowercase: write "/elementen/luisteren/#Kop" instead of "/elementen/Luisteren/#Kop".',
    });
  });

  it('asks for the full address instead of a relative one, and gives it', () => {
    expect(classify('../a/')).toMatchObject({
      message: expect.stringContaining('write the full address "/elementen/a/"'),
    });
    expect(classify('grenzen/')).toMatchObject({
      message: expect.stringContaining('"/elementen/luisteren/grenzen/"'),
    });
  });

  it('refuses an address with too many parts', () => {
    expect(classify('/elementen/a/b/')).toMatchObject({ kind: 'wrong' });
  });
});
