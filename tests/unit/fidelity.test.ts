import { describe, expect, it } from 'vitest';
import { checkOriginality, checkQuotes, checkSpeech } from '../support/fidelity/fidelity';

const report = {
  name: '004_report.txt',
  text: 'Een hulpverlener legt elk woord op een weegschaaltje en benoemt dat ze geen kant kiest en geen oordeel kan geven. Een moeder: ‘Ze luistert echt naar me.’',
};
const copied = 'legt elk woord op een weegschaaltje en benoemt dat ze geen kant kiest';

describe('the originality check', () => {
  it('names the file, the field, the run and the source of copied prose', () => {
    const [problem, ...rest] = checkOriginality(
      [
        {
          path: 'content/elementen/x.mdx',
          raw: `---\ntitle: X\nsummary: Een hulpverlener ${copied}.\n---\n\nEigen woorden.\n`,
        },
      ],
      [report],
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/elementen/x.mdx', field: 'summary' });
    expect(problem?.message).toContain(`"een hulpverlener ${copied}"`);
    expect(problem?.message).toContain('004_report.txt');
  });

  it('finds copied prose in an MDX body, through links and emphasis', () => {
    const problems = checkOriginality(
      [
        {
          path: 'content/elementen/x.mdx',
          raw: `---\ntitle: X\n---\n\nZe [legt elk woord](/elementen/y/) op een *weegschaaltje* en benoemt dat ze geen kant kiest.\n`,
        },
      ],
      [report],
    );
    expect(problems.map((p) => p.field)).toEqual(['body']);
  });

  it('accepts the same words marked as a quotation', () => {
    const raw = `---\ntitle: X\n---\n\nEen hulpverlener „${copied}”.\n`;
    expect(checkOriginality([{ path: 'content/elementen/x.mdx', raw }], [report])).toEqual([]);
  });

  it('accepts a publication’s own title in its bronnen entry', () => {
    const title = `Een hulpverlener ${copied}`;
    const raw = `---\ntitle: ${title}\nsummary: Over het boek ${title}.\n---\n`;
    expect(checkOriginality([{ path: 'content/bronnen/boek.mdx', raw }], [report])).toEqual([]);
    expect(checkOriginality([{ path: 'content/elementen/boek.mdx', raw }], [report])).toHaveLength(2);
  });

  it('accepts the guideline’s own name of a werkkaart as its title', () => {
    const raw = `---\ntitle: Een hulpverlener ${copied}\n---\n`;
    expect(checkOriginality([{ path: 'content/werkkaarten/kaart.mdx', raw }], [report])).toEqual([]);
  });

  it('names a file whose frontmatter cannot be read instead of stopping', () => {
    const raw = `---\ntitle: X\nsources:\n  - plaats: Deel 1: p. 2\n---\n`;
    const [problem] = checkOriginality([{ path: 'content/elementen/kapot.mdx', raw }], [report]);
    expect(problem).toMatchObject({ file: 'content/elementen/kapot.mdx', field: 'frontmatter' });
  });

  it('does not check the text of a citaat against itself', () => {
    const raw = `text: Een hulpverlener ${copied}.\nrole: hulpverlener\nsource: { bron: rapport, plaats: p. 1 }\n`;
    expect(checkOriginality([{ path: 'content/citaten/c.yaml', raw }], [report])).toEqual([]);
  });
});

describe('the quote check', () => {
  const sourcesByBron = new Map([['rapport', report]]);
  const citaat = (text: string, role = 'ouder', bron = 'rapport') =>
    `text: "${text}"\nrole: "${role}"\nsource: { bron: ${bron}, plaats: p. 1 }\n`;

  it('accepts a verbatim quote with a role', () => {
    expect(
      checkQuotes({
        files: [{ path: 'content/citaten/c.yaml', raw: citaat('Ze luistert echt naar me.') }],
        sourcesByBron,
      }),
    ).toEqual([]);
  });

  it('fails a quote that drifted from its source, naming the file', () => {
    const [problem] = checkQuotes({
      files: [{ path: 'content/citaten/c.yaml', raw: citaat('Ze luistert altijd naar me.') }],
      sourcesByBron,
    });
    expect(problem).toMatchObject({ file: 'content/citaten/c.yaml', field: 'text' });
    expect(problem?.message).toContain('004_report.txt');
  });

  it('fails a quote without a role', () => {
    const [problem] = checkQuotes({
      files: [{ path: 'content/citaten/c.yaml', raw: citaat('Ze luistert echt naar me.', '') }],
      sourcesByBron,
    });
    expect(problem).toMatchObject({ field: 'role' });
  });

  it('fails a quote whose source is not a source document', () => {
    const [problem] = checkQuotes({
      files: [{ path: 'content/citaten/c.yaml', raw: citaat('Ze luistert echt naar me.', 'ouder', 'boek') }],
      sourcesByBron,
    });
    expect(problem).toMatchObject({ field: 'source.bron' });
  });

  it('fails a marked quotation in our text that does not stand in any source', () => {
    const raw = `---\ntitle: X\n---\n\nEen moeder: „Ze luistert nooit naar me.”\n`;
    const [problem] = checkQuotes({ files: [{ path: 'content/elementen/x.mdx', raw }], sourcesByBron });
    expect(problem).toMatchObject({ file: 'content/elementen/x.mdx', field: 'body' });
  });
});

describe('the quoted-speech check', () => {
  const interview = {
    name: '004_report.txt',
    text: 'Een moeder vertelt: ‘Ze komt elke week langs en vraagt echt hoe het met mij gaat.’ Daarna volgt het verslag.',
  };
  const entry = (summary: string) => ({
    path: 'content/elementen/x.mdx',
    raw: `---\ntitle: X\nsummary: "${summary}"\n---\n\nEigen woorden.\n`,
  });

  it("fails a person's words written as our own, naming the file, the field and the source", () => {
    const [problem, ...rest] = checkSpeech(
      [entry('De hulpverlener komt elke week langs en vraagt echt hoe het met haar gaat.')],
      [interview],
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/elementen/x.mdx', field: 'summary' });
    expect(problem?.message).toContain('004_report.txt');
    expect(problem?.message).toContain('„…”');
  });

  it('fails a marked quotation of speech whose sentence names no speaker', () => {
    const [problem] = checkSpeech(
      [entry('Het rapport: „Ze komt elke week langs en vraagt echt hoe het met mij gaat.”')],
      [interview],
    );
    expect(problem?.message).toContain('does not say who speaks');
  });

  it('accepts the same words in „…” with the speaker’s role, and a paraphrase', () => {
    expect(
      checkSpeech(
        [
          entry('Een moeder zegt: „Ze komt elke week langs en vraagt echt hoe het met mij gaat.”'),
          { ...entry('Een moeder waardeert de wekelijkse belangstelling.'), path: 'content/elementen/y.mdx' },
        ],
        [interview],
      ),
    ).toEqual([]);
  });
});
