/**
 * What a content author sees when content is wrong or hostile. Each build
 * copies the small valid fixture site, breaks it in several ways at once (the
 * build reports every problem of a folder together, so one build covers many
 * kinds of bad content), builds it as `npm run build` does, and checks the
 * whole message and that no partial site was left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, 'fixtures/valid');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, breakIt: (dir: string) => void) {
  const dir = join(work, name);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const out = join(dir, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      WERKZAAM_CONTENT_DIR: join(dir, 'content'),
      WERKZAAM_OUT_DIR: out,
      WERKZAAM_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, message: messageOf(output), published: existsSync(out), dir };
}

/** The content check's message, without Astro's location and stack trace around it. */
function messageOf(output: string): string {
  const start = output.indexOf('Content check failed');
  if (start < 0) return output;
  const rest = output.slice(start);
  const end = rest.search(/\n\s*(?:Location:|Stack trace:|Build failed:)/);
  return (end < 0 ? rest : rest.slice(0, end)).trimEnd();
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

/** An element whose frontmatter is valid; its body starts on line 10. */
const element = (body: string) =>
  `---\ntitle: Test\nsummary: Een element.\nfactor: client\nsources:\n  - bron: rapport\n    plaats: Deel 1\n---\n\n${body}\n`;

function expectFailed(build: ReturnType<typeof buildWith>) {
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('Nothing was published.');
  expect(build.published).toBe(false);
}

describe('building content', () => {
  it('succeeds for valid content and publishes it, outside links marked as such', () => {
    const { status, published, output, dir } = buildWith('valid', () => {});
    expect(output).not.toContain('Content check failed');
    expect(status).toBe(0);
    expect(published).toBe(true);
    const page = readFileSync(join(dir, 'dist/elementen/grenzen/index.html'), 'utf8');
    // Outside links, written as Markdown or as raw <a>, never hand over the page and say where they go.
    for (const href of ['https://www.nji.nl/richtlijn', 'https://www.nji.nl/']) {
      expect(page).toMatch(new RegExp(`<a href="${href}"[^>]* rel="noopener noreferrer"`));
    }
    expect(page.match(/<span class="visually-hidden"[^>]*> \(externe website\)<\/span>/g)).toHaveLength(2);
    expect(page).toContain('<h2 id="wat-werkt">');
    // A plain Markdown (.md) body gets the same treatment from the Markdown pipeline.
    const markdown = readFileSync(join(dir, 'dist/bronnen/website/index.html'), 'utf8');
    expect(markdown).toContain(
      '<a href="https://www.example.org/" rel="noopener noreferrer" class="outside-link">de website<span class="outside-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (externe website)</span></a>',
    );
  });

  it('refuses HTML that runs code, embeds, styles or posts, and explains unreadable elementen', () => {
    const build = buildWith('hostile-html', (dir) => {
      writeFileSync(
        join(dir, 'elementen/html.mdx'),
        element(
          [
            '<script>alert(1)</script>',
            '',
            '<style>p</style>',
            '',
            '<iframe src="https://example.com/" />',
            '',
            '<object data="/x.swf" />',
            '',
            '<embed src="/x.swf" />',
            '',
            '<form action="/verstuur/">Versturen</form>',
            '',
            '<img src="/x.png" alt="" onerror="alert(1)" />',
            '',
            'Tekst met <b style="color: red">opvallende</b> woorden.',
          ].join('\n'),
        ),
      );
      writeFileSync(
        join(dir, 'elementen/latijn.mdx'),
        Buffer.from(element('Een café.').replace('Een element.', 'Één element.'), 'latin1'),
      );
      writeFileSync(join(dir, 'elementen/kapot.mdx'), element('Tekst.').replace('title: Test', 'title: "Open'));
      writeFileSync(join(dir, 'elementen/ongesloten.mdx'), element('Tekst met <ongesloten tag en {kapot.'));
      edit(join(dir, 'elementen/luisteren.mdx'), 'title:', 'titel:');
      edit(join(dir, 'elementen/grenzen.mdx'), 'factor: professional', 'factor: hulpverlener');
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 14 problems in 6 files. Nothing was published.
        content/elementen/grenzen.mdx:4
          factor: "hulpverlener" is not allowed here. Use one of: client, interactie, professional.
        content/elementen/html.mdx:10
          Content cannot run code: remove the <script>. Features that need JavaScript are built into the site itself.
        content/elementen/html.mdx:12
          Styling is the same on every page: remove the <style>. Use Markdown for emphasis (**bold**, _italic_).
        content/elementen/html.mdx:14
          Another website cannot be embedded in a page: remove the <iframe>. Write a link to it instead: [description](https://…).
        content/elementen/html.mdx:16
          Another website cannot be embedded in a page: remove the <object>. Write a link to it instead: [description](https://…).
        content/elementen/html.mdx:18
          Another website cannot be embedded in a page: remove the <embed>. Write a link to it instead: [description](https://…).
        content/elementen/html.mdx:20
          Forms cannot be used in content: remove the <form>. Describe what the reader can do, or link to the page where they can do it.
        content/elementen/html.mdx:22
          Content cannot run code: remove onerror= from <img>.
        content/elementen/html.mdx:24
          Styling is the same on every page: remove style= from <b>. Use Markdown for emphasis (**bold**, _italic_).
        content/elementen/kapot.mdx:2
          The YAML cannot be read. A quote or bracket is opened but not closed. Close it on the same line, e.g. text: "…" or list: [a, b].
        content/elementen/latijn.mdx:3
          The file is not UTF-8; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8). This line has the first character in another encoding.
        content/elementen/luisteren.mdx
          Required: title. Add it; what it means is described in src/knowledge/schema/elementen.ts.
        content/elementen/luisteren.mdx:2
          Unknown field "titel". Did you mean "title"? Rename the field, or remove it.
        content/elementen/ongesloten.mdx:10
          The text cannot be read as MDX: Unexpected character after \`<\`, expected a valid JSX tag. In MDX, < and { start a tag or code: close every tag you open, or write \\< and \\{ to show the character itself."
    `);
  });

  it('refuses addresses that run code or load from another host, and code in MDX, without running it', () => {
    const marker = join(work, 'node-ran');
    const build = buildWith('hostile-code', (dir) => {
      writeFileSync(
        join(dir, 'elementen/adressen.mdx'),
        element(
          [
            '[klik](javascript:alert(1))',
            '',
            '<a href="vbscript:msgbox(1)">klik</a>',
            '',
            '[download](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
            '',
            '![logo](https://example.com/logo.png)',
            '',
            '<img src="//example.com/pixel.gif" alt="" />',
            '',
            '<video src="https://example.com/film.mp4" />',
          ].join('\n'),
        ),
      );
      writeFileSync(
        join(dir, 'elementen/code.mdx'),
        element(
          [
            'import fs from "node:fs"',
            '',
            'export const geheim = 1',
            '',
            `{(await import("node:fs")).writeFileSync(${JSON.stringify(marker)}, "ran")}`,
            '',
            'Tekst met {1 + 1} erin.',
            '',
            '<abbr title={geheim}>JH</abbr>',
          ].join('\n'),
        ),
      );
    });
    expectFailed(build);
    expect(existsSync(marker)).toBe(false);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 11 problems in 2 files. Nothing was published.
        content/elementen/adressen.mdx:10
          javascript: addresses are not allowed in content (they run code). Link to a page instead: [text](https://…) or [text](/elementen/<id>/).
        content/elementen/adressen.mdx:12
          vbscript: addresses are not allowed in content (they run code). Link to a page instead: [text](https://…) or [text](/elementen/<id>/).
        content/elementen/adressen.mdx:14
          data: addresses are not allowed in content (they hide what is loaded). Link to a page instead: [text](https://…) or [text](/elementen/<id>/).
        content/elementen/adressen.mdx:16
          Images and media must come from this site, not from another host (https://example.com/logo.png): save the file in public/images/ and write ![description](/images/name.png), or link to it: [description](https://…).
        content/elementen/adressen.mdx:18
          Images and media must come from this site, not from another host (//example.com/pixel.gif): save the file in public/images/ and write ![description](/images/name.png), or link to it: [description](https://…).
        content/elementen/adressen.mdx:20
          Audio and video cannot be embedded in content: remove the <video>. Write a link to it instead: [description](https://…).
        content/elementen/code.mdx:10
          "import" lines are not allowed in content: remove the line. Bodies are Markdown; the components you can use are listed in the README ("Adding or editing content").
        content/elementen/code.mdx:12
          "export" lines are not allowed in content: remove the line. Bodies are Markdown; the components you can use are listed in the README ("Adding or editing content").
        content/elementen/code.mdx:14
          Code in curly braces {…} is not allowed in content: remove it. To show a curly brace as text, write \\{ or \\}.
        content/elementen/code.mdx:16
          Code in curly braces {…} is not allowed in content: remove it. To show a curly brace as text, write \\{ or \\}.
        content/elementen/code.mdx:18
          title={…} on <abbr> is code, which is not allowed here: write the value in quotes, title="…"."
    `);
  });

  it('explains quotes that are not UTF-8, malformed YAML and a missing role', () => {
    const build = buildWith('citaten', (dir) => {
      const quote = readFileSync(join(dir, 'citaten/grens.yaml'), 'utf8');
      writeFileSync(join(dir, 'citaten/grens.yaml'), Buffer.from(quote.replace('geef', 'geëf'), 'latin1'));
      writeFileSync(join(dir, 'citaten/kapot.yaml'), quote.replace('text: Ik', 'text: "Ik'));
      writeFileSync(join(dir, 'citaten/zonder-rol.yaml'), quote.replace('role: hulpverlener\n', ''));
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 3 problems in 3 files. Nothing was published.
        content/citaten/grens.yaml:1
          The file is not UTF-8; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8). This line has the first character in another encoding.
        content/citaten/kapot.yaml:1
          The YAML cannot be read. A quote or bracket is opened but not closed. Close it on the same line, e.g. text: "…" or list: [a, b].
        content/citaten/zonder-rol.yaml
          Required: role. Add it; what it means is described in src/knowledge/schema/citaten.ts."
    `);
  });

  it('names a missing pole and a misspelt field inside a pole', () => {
    const build = buildWith('poles', (dir) => {
      edit(join(dir, 'dilemmas/flexibel.mdx'), /poleB:\n( {2}.*\n)+/, '');
      edit(join(dir, 'dilemmas/flexibel.mdx'), 'pitfall: Valkuil.', 'pitfal: Valkuil.');
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 3 problems in 1 file. Nothing was published.
        content/dilemmas/flexibel.mdx:5
          Required: poleA.pitfall. Add it; what it means is described in src/knowledge/schema/dilemmas.ts.
        content/dilemmas/flexibel.mdx:9
          Unknown field "poleA.pitfal". Did you mean "pitfall"? Rename the field, or remove it.
        content/dilemmas/flexibel.mdx
          Required: poleB. Add it; what it means is described in src/knowledge/schema/dilemmas.ts."
    `);
  });

  it('fails on every way of writing a broken link, naming file and line', () => {
    const build = buildWith('links', (dir) => {
      edit(join(dir, 'dilemmas/flexibel.mdx'), 'element: grenzen', 'element: grensen');
      writeFileSync(
        join(dir, 'elementen/links.mdx'),
        element(
          [
            'Zie [a](/elementen/grens/ "Grenzen") en [b][weg] en <a href="/elementen/ontbreekt/">c</a>.',
            '',
            'Ook [d](/elementn/grenzen/), [e](/elementen/Grenzen/) en [f](../grenzen/).',
            '',
            'En [g](/elementen/grenzen/#wat-werk) en [h](/elementen/luisteren/#kop).',
            '',
            '[weg]: /dilemmas/flexibell/',
          ].join('\n'),
        ),
      );
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 9 broken links between entries. Nothing was published.
        content/elementen/links.mdx:10
          The link "/elementen/grens/" points to "grens" in elementen, but content/elementen/ has no entry "grens". Did you mean "grenzen"? Correct the id or remove the link.
        content/elementen/links.mdx:10
          The link "/dilemmas/flexibell/" points to "flexibell" in dilemmas, but content/dilemmas/ has no entry "flexibell". Did you mean "flexibel"? Correct the id or remove the link.
        content/elementen/links.mdx:10
          The link "/elementen/ontbreekt/" points to "ontbreekt" in elementen, but content/elementen/ has no entry "ontbreekt". Create content/elementen/ontbreekt.mdx or correct the id or remove the link.
        content/elementen/links.mdx:12
          The link "/elementn/grenzen/" is written wrongly. There is no section "/elementn/" on the site. Did you mean "/elementen/"? Write "/elementen/grenzen/".
        content/elementen/links.mdx:12
          The link "/elementen/Grenzen/" is written wrongly. Addresses are written in lowercase: write "/elementen/grenzen/" instead of "/elementen/Grenzen/".
        content/elementen/links.mdx:12
          The link "../grenzen/" is written wrongly. Relative links break when a page moves: write the full address "/elementen/grenzen/" instead of "../grenzen/".
        content/elementen/links.mdx:14
          The link "/elementen/grenzen/#wat-werk" points to "#wat-werk", which is not a heading on /elementen/grenzen/. Did you mean "#wat-werkt"?
        content/elementen/links.mdx:14
          The link "/elementen/luisteren/#kop" points to "#kop", which is not a heading on /elementen/luisteren/. That page has no headings in its text: link to "/elementen/luisteren/" without "#kop".
        content/dilemmas/flexibel.mdx
          field "poleB.element" links to "grensen" in elementen, but content/elementen/ has no entry "grensen". Did you mean "grenzen"? Correct the id or remove the link."
    `);
  });

  it('fails on two files with the same id, naming both files', () => {
    const build = buildWith('duplicate', (dir) =>
      writeFileSync(join(dir, 'elementen/grenzen.md'), readFileSync(join(dir, 'elementen/grenzen.mdx'))),
    );
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 1 problem in 1 file. Nothing was published.
        content/elementen/grenzen.mdx
          Duplicate id "grenzen": content/elementen/grenzen.md has the same id. Every entry needs its own file name; rename or merge one of the two."
    `);
  });
  it('publishes an aid from its content file, its links resolved', () => {
    const { status, dir } = buildWith('aid-valid', () => {});
    expect(status).toBe(0);
    const page = readFileSync(join(dir, 'dist/werkhulpen/houding-check/index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toContain('Houding check');
    expect(page).toContain('Luister je naar het verhaal van de ouders?');
    expect(page).toContain('/elementen/grenzen/');
  });

  it('fails on an aid file with a misspelt field, naming the file, the line and the fix', () => {
    const build = buildWith('aid-field', (dir) =>
      edit(join(dir, 'werkhulpen/houding-check.yaml'), 'notAVerdict:', 'notAverdict:'),
    );
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 2 problems in 1 file. Nothing was published.
        content/werkhulpen/houding-check.yaml
          Required: notAVerdict. Add it; what it means is described in src/knowledge/schema/werkhulpen.ts.
        content/werkhulpen/houding-check.yaml:11
          Unknown field "notAverdict". Did you mean "notAVerdict"? Rename the field, or remove it."
    `);
  });

  it('fails on an aid that links to entries that do not exist, naming the field and a suggestion', () => {
    const build = buildWith('aid-links', (dir) => {
      edit(join(dir, 'werkhulpen/houding-check.yaml'), 'element: luisteren', 'element: luisteeren');
      edit(join(dir, 'werkhulpen/houding-check.yaml'), '  - /elementen/grenzen/\n', '  - /elementen/grensen/\n');
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 2 broken links between entries. Nothing was published.
        content/werkhulpen/houding-check.yaml
          field "readNext[0]" links to "grensen" in elementen, but content/elementen/ has no entry "grensen". Did you mean "grenzen"? Correct the id or remove the link.
        content/werkhulpen/houding-check.yaml
          field "groups[0].criteria[0].element" links to "luisteeren" in elementen, but content/elementen/ has no entry "luisteeren". Did you mean "luisteren"? Correct the id or remove the link."
    `);
  });

  it('fails on a route step that points to a missing entry, naming the route file and the step', () => {
    const { status, output, published } = buildWith('route-missing-entry', (dir) =>
      edit(join(dir, 'routes/proefroute.yaml'), '- /elementen/luisteren/\n', '- /elementen/luisteeren/\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('routes/proefroute.yaml');
    expect(output).toContain('field "steps[0].read[1].entry" links to "luisteeren" in elementen');
    expect(output).toContain('Did you mean "luisteren"?');
    expect(published).toBe(false);
  });

  it('fails on a route address that is not an entry, saying how to write it', () => {
    const { status, output, published } = buildWith('route-bad-address', (dir) =>
      edit(join(dir, 'routes/proefroute.yaml'), '- /elementen/grenzen/\n', '- elementen/grenzen\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/routes/proefroute.yaml');
    expect(output).toContain('write the full address "/elementen/grenzen" instead of "elementen/grenzen"');
    expect(published).toBe(false);
  });

  it('fails on a check question whose answer is not one of its options, or that has no place in its source', () => {
    const { status, output } = buildWith('route-bad-answer', (dir) => {
      const route = join(dir, 'routes/proefroute.yaml');
      edit(route, 'options: [Snel, Traag]\n        answer: 1', 'options: [Snel, Traag]\n        answer: 3');
      edit(route, /(explainedIn: \/elementen\/luisteren\/\n\s+bron: rapport\n)\s+plaats: Deel 1\n/, '$1');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/routes/proefroute.yaml');
    expect(output).toContain('answer points to an option that does not exist');
    expect(output).toContain('Required: steps.0.questions.0.plaats');
  });

  it('fails on a check question whose source does not exist, naming the route file, the field and a fix', () => {
    const build = buildWith('route-bad-source', (dir) =>
      edit(join(dir, 'routes/proefroute.yaml'), 'bron: rapport', 'bron: rapprt'),
    );
    expectFailed(build);
    expect(build.message).toContain('content/routes/proefroute.yaml');
    expect(build.message).toContain('field "steps[0].questions[0].bron" links to "rapprt" in bronnen');
    expect(build.message).toContain('Did you mean "rapport"?');
  });

  it('fails on a text that names a source the entry does not cite, naming file, line, field and fix', () => {
    const build = buildWith('mis-cited', (dir) => {
      writeFileSync(
        join(dir, 'elementen/noemt.mdx'),
        element('Volgens de Voorbeeldwebsite helpt luisteren.\n\nHet Testrapport zegt het ook.').replace(
          'summary: Een element.',
          'summary: Een element uit de voorbeeldwebsite.',
        ),
      );
      edit(join(dir, 'routes/proefroute.yaml'), 'explanation: Luisteren helpt.', 'explanation: Luisteren helpt, zegt de Voorbeeldwebsite.');
      // A source's own page may name a publication it links to, and a link target is not a name.
      edit(join(dir, 'bronnen/rapport.mdx'), 'Tekst van de bron.', 'Zie ook de [Voorbeeldwebsite](/bronnen/website/).');
    });
    expectFailed(build);
    expect(build.message).toMatchInlineSnapshot(`
      "Content check failed: 3 mentions of a source that is not cited, in 2 files. Nothing was published.
        content/elementen/noemt.mdx:3
          summary names "voorbeeldwebsite" (website), which this entry does not cite. Fix: add { bron: website, plaats: "<section, page>" } to sources, or remove the mention.
        content/elementen/noemt.mdx:10
          body names "Voorbeeldwebsite" (website), which this entry does not cite. Fix: add { bron: website, plaats: "<section, page>" } to sources, or remove the mention.
        content/routes/proefroute.yaml:16
          explanation names "Voorbeeldwebsite" (website), which this route does not cite. Fix: add { bron: website, plaats: "<section, page>" } to the question it explains (bron, plaats), or remove the mention."
    `);
  });
});
