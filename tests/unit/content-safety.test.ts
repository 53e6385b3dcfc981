import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBodySafety, schemeOf } from '../../src/knowledge/safety';
import { contentSafetyPlugin, outsideLinksInMarkdown } from '../../src/knowledge/safety-plugin';

const mdx = (source: string) => checkBodySafety(source, 'mdx');
const messages = (source: string) => mdx(source).map((p) => `${p.line}: ${p.message}`);

describe('the content allowlist', () => {
  it('accepts Markdown, plain formatting HTML, outside links and local images', () => {
    expect(
      mdx(
        [
          '## Kop',
          '',
          'Tekst met **vet**, _schuin_, <sup>2</sup>, <abbr title="Jeugdhulp">JH</abbr> en een<br />regel.',
          '',
          '[richtlijn](https://www.nji.nl/richtlijn "NJi") en [mail](mailto:info@example.nl), ![kaart](/images/kaart.png)',
          '',
          '{/* a note for other authors */}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>', '<script>alert(1)</script>', 'Content cannot run code: remove the <script>'],
    ['<style>', '<style>{"p{color:red}"}</style>', 'Styling is the same on every page: remove the <style>'],
    ['<iframe>', '<iframe src="https://example.com" />', 'Another website cannot be embedded'],
    ['<object>', '<object data="x.swf" />', 'remove the <object>'],
    ['<embed>', '<embed src="x.swf" />', 'remove the <embed>'],
    ['<form>', '<form action="/x">ja</form>', 'Forms cannot be used in content'],
    [
      'an on*= attribute',
      '<img src="/a.png" onerror="alert(1)" />',
      'Content cannot run code: remove onerror= from <img>',
    ],
    ['a style= attribute', '<b style="color:red">x</b>', 'remove style= from <b>'],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript: addresses are not allowed'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript: addresses are not allowed'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'data: addresses are not allowed'],
    [
      'an image from another host',
      '![x](https://example.com/x.png)',
      'Images and media must come from this site',
    ],
    [
      'a protocol-relative image',
      '<img src="//example.com/x.png" />',
      'Images and media must come from this site',
    ],
    ['an import', 'import fs from "node:fs"', '"import" lines are not allowed in content'],
    ['an export', 'export const x = 1', '"export" lines are not allowed in content'],
    [
      'a flow expression',
      '{(await import("node:fs")).readFileSync("/etc/passwd", "utf8")}',
      'Code in curly braces',
    ],
    ['a text expression', 'Tekst {1 + 1} tekst', 'Code in curly braces'],
    ['an attribute expression', '<abbr title={x}>x</abbr>', 'title={…} on <abbr> is code'],
    ['a spread attribute', '<b {...x}>y</b>', '{...x} on <b> is code'],
    ['an unknown component', '<Foo />', '<Foo> is not a component you can use in content'],
    ['a tag that is not on the list', '<div>x</div>', '<div> is not on the list of HTML you can use'],
  ])('refuses %s and says what to do instead', (_, source, expected) => {
    const problems = mdx(`Eerste regel.\n\n${source}\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.message).toContain(expected);
  });

  it('reports every problem of a body with its line', () => {
    expect(messages('<script>x</script>\n\nTekst {x}\n\n[a](javascript:x)')).toEqual([
      '1: Content cannot run code: remove the <script>. Features that need JavaScript are built into the site itself.',
      '3: Code in curly braces {…} is not allowed in content: remove it. To show a curly brace as text, write \\{ or \\}.',
      '5: javascript: addresses are not allowed in content (they run code). Link to a page instead: [text](https://…) or [text](/elementen/<id>/).',
    ]);
  });

  it('sees through the disguises browsers accept in a scheme', () => {
    expect(schemeOf(' JaVa\tScRiPt:alert(1)')).toBe('javascript');
    expect(schemeOf('&#106;avascript:alert(1)')).toBe('javascript');
    expect(schemeOf('java&#x09;script&colon;x')).toBe('javascript');
    expect(schemeOf('/elementen/a/')).toBeUndefined();
  });

  it('checks reference-style links and images through their definitions', () => {
    expect(messages('[x][a] en ![y][b]\n\n[a]: javascript:alert(1)\n[b]: https://example.com/y.png')).toEqual(
      [
        expect.stringMatching(/^3: javascript: addresses/),
        expect.stringMatching(/^4: Images and media must come from this site/),
      ],
    );
  });

  it('allows a component on the allowlist with its expression props only', () => {
    const components = { Kader: ['items'] };
    expect(checkBodySafety('<Kader items={["a"]} titel="b" />', 'mdx', { components })).toEqual([]);
    expect(checkBodySafety('<Kader other={x} />', 'mdx', { components })[0]?.message).toContain(
      'other={…} on <Kader> is code',
    );
  });

  it('checks raw HTML in plain Markdown files, which would otherwise be copied as is', () => {
    const problems = checkBodySafety(
      'Tekst <b onclick="x">y</b>\n\n<div>\n<script>x</script>\n</div>\n',
      'md',
    );
    expect(problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [1, 'Content cannot run code: remove onclick='],
      [3, '<div> is not on the list of HTML you can'],
      [4, 'Content cannot run code: remove the <scr'],
    ]);
  });
});

describe('the allowlist in the Markdown pipeline', () => {
  const plugin = contentSafetyPlugin('/site/content/', '/site');
  const run = (path: string, source: string) =>
    (plugin as (c: object) => unknown)({
      fileURL: pathToFileURL(path),
      sourceFormat: 'mdx',
      source,
      data: {},
    });

  it('stops the build on a hostile body before it is compiled, naming file and line', () => {
    expect(() =>
      run('/site/content/elementen/a.mdx', '\n\n\n{(await import("node:fs")).readFileSync("x")}'),
    ).toThrow(/content\/elementen\/a\.mdx:4\n {4}Code in curly braces/);
  });

  it('leaves the site’s own pages alone', () => {
    expect(run('/site/src/pages/over.mdx', 'import X from "./x"')).toBeNull();
  });

  it('renders a raw <a href> through the same link component as a Markdown link', async () => {
    const source =
      'Zie <a href="https://www.nji.nl/">het NJi</a> en [dit](/elementen/a/).\n\n<a href="/elementen/b/">b</a>\n';
    const { code } = await mdxToJs(source, {
      mdastPlugins: [plugin],
      fileURL: pathToFileURL('/site/content/elementen/a.mdx'),
    });
    expect(code.match(/_components\.a\b/g)).toHaveLength(3);
    expect(code).not.toMatch(/_jsxs?\("a"/);
  });
});

describe('outside links in plain Markdown bodies', () => {
  it('open without handing over the page and are marked, visibly and for screen readers', async () => {
    const { html } = await markdownToHtml('Zie [NJi](https://www.nji.nl/) en [dit](/elementen/a/).', {
      hastPlugins: [outsideLinksInMarkdown('/site/content/')],
      fileURL: pathToFileURL('/site/content/elementen/a.md'),
    });
    expect(html.trim()).toBe(
      '<p>Zie <a href="https://www.nji.nl/" rel="noopener noreferrer" class="outside-link">NJi<span class="outside-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (externe website)</span></a> en <a href="/elementen/a/">dit</a>.</p>',
    );
  });

  it('may not be written as raw <a href>, which would be copied without the marker', () => {
    expect(checkBodySafety('Zie <a href="https://www.nji.nl/">NJi</a>.', 'md')[0]?.message).toBe(
      'Write a link to another website as [text](https://www.nji.nl/), not as <a href>.',
    );
  });
});
