import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/knowledge/body-render';
import { fillPreviews } from '../../src/knowledge/previews';

describe('a body rendered once in the content layer', () => {
  it('gives headings the ids links point to, and lists them', () => {
    const { html, metadata } = renderBody('## Wat werkt\n\n## Wat werkt\n\nTekst.', 'mdx');
    expect(html).toContain('<h2 id="wat-werkt">Wat werkt</h2>');
    expect(html).toContain('<h2 id="wat-werkt-1">Wat werkt</h2>');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['wat-werkt', 'wat-werkt-1']);
  });

  it('shows our own reading as the editorial note', () => {
    const { html } = renderBody('<Toelichting>\n  Onze lezing.\n</Toelichting>', 'mdx');
    expect(html).toContain('<div class="toelichting" role="note" aria-label="Toelichting van de redactie">');
    expect(html).toContain('(onze lezing, niet uit de bron)');
    expect(html).toContain('<div class="toelichting-tekst"><p>Onze lezing.</p></div>');
  });

  it('marks a link to another website and does not hand this page over', () => {
    const { html } = renderBody('Zie [de richtlijn](https://example.org/r "Richtlijn").', 'mdx');
    expect(html).toContain(
      '<a href="https://example.org/r" title="Richtlijn" rel="noopener noreferrer" class="outside-link">de richtlijn<span class="outside-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (externe website)</span></a>',
    );
  });

  it('gives an entry link its preview with an id unique on the page', () => {
    const { html } = renderBody(
      '[Een](/elementen/a/) en [nog eens](/elementen/a/#kop), [leeg](/dilemmas/b/).',
      'mdx',
    );
    const page = {};
    const filled = fillPreviews(html, (key) => (key === 'elementen/a' ? 'Kort & goed' : ''), page);
    expect(filled).toContain(
      '<span class="entry-link"><a href="/elementen/a/" aria-describedby="preview-elementen-a">Een</a><span class="preview" id="preview-elementen-a" role="tooltip" data-pagefind-ignore>Kort &amp; goed</span></span>',
    );
    expect(filled).toContain('href="/elementen/a/#kop" aria-describedby="preview-elementen-a-2"');
    expect(filled).toContain('<span class="entry-link"><a href="/dilemmas/b/">leeg</a></span>');
    expect(filled).not.toContain('data-werkzaam-preview');
  });

  it('escapes text as the MDX pipeline did', () => {
    expect(renderBody('Jan & <b>Piet</b>', 'mdx').html).toBe('<p>Jan &amp; <b>Piet</b></p>');
  });
});
