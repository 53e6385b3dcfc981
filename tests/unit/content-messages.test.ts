import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decodeUtf8,
  fieldErrorMessage,
  fieldProblems,
  frontmatterOf,
  notUtf8,
  parseYaml,
  yamlProblems,
  type FieldIssue,
} from '../../src/knowledge/messages';

const schema = z
  .object({
    title: z.string(),
    role: z.enum(['ouder', 'hulpverlener']),
    poleB: z.object({ label: z.string(), pull: z.string() }).strict(),
  })
  .strict();

function problems(yaml: string) {
  const parsed = parseYaml(yaml, 2);
  const result = schema.safeParse(parsed.doc.toJS(), { reportInput: true, error: fieldErrorMessage });
  return fieldProblems('content/x/a.mdx', (result.error?.issues ?? []) as FieldIssue[], parsed).map(
    (p) => `${p.line ?? '-'}: ${p.message}`,
  );
}

describe('messages for content authors', () => {
  it('says a missing field as "Required: <field>", without the field twice', () => {
    expect(problems('title: x\npoleB:\n  label: y\n  pull: z')).toEqual([
      '-: Required: role. Add it; what it means is described in src/knowledge/schema/x.ts.',
    ]);
    expect(problems('title: x\nrole: ouder')).toEqual([
      '-: Required: poleB. Add it; what it means is described in src/knowledge/schema/x.ts.',
    ]);
  });

  it('suggests the field meant by an unknown one, on its line, nested too', () => {
    expect(problems('titel: x\nrole: ouder\npoleB:\n  label: y\n  pull: z\n  pitfal: q')).toEqual([
      '-: Required: title. Add it; what it means is described in src/knowledge/schema/x.ts.',
      '7: Unknown field "poleB.pitfal". Remove it; the fields allowed here are: label, pull.',
      '2: Unknown field "titel". Did you mean "title"? Rename the field, or remove it.',
    ]);
  });

  it('names the line of a wrong value', () => {
    expect(problems('title: x\nrole: buurman\npoleB:\n  label: y\n  pull: 3')[0]).toMatch(/^3: role: /);
  });

  it('explains malformed YAML in plain words, with the file line', () => {
    const parsed = parseYaml('summary: Goed.\ntitle: "open\nrole: ouder\n', 2);
    expect(yamlProblems('content/x/a.mdx', parsed)).toEqual([
      {
        file: 'content/x/a.mdx',
        line: 3,
        message:
          'The YAML cannot be read. A quote or bracket is opened but not closed. Close it on the same line, e.g. text: "…" or list: [a, b].',
      },
    ]);
    expect(yamlProblems('f', parseYaml('a: 1\na: 2\n'))[0]?.message).toContain(
      'The same field is written twice',
    );
  });

  it('recognises a file that is not UTF-8 and names the first line that is not', () => {
    const latin1 = Uint8Array.from([...Buffer.from('title: x\nsummary: caf'), 0xe9, 0x0a]);
    expect(decodeUtf8(latin1)).toBeUndefined();
    expect(notUtf8('content/x/a.mdx', latin1)).toEqual({
      file: 'content/x/a.mdx',
      line: 2,
      message:
        'The file is not UTF-8; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8). This line has the first character in another encoding.',
    });
    expect(decodeUtf8(Buffer.from('café ✓'))).toBe('café ✓');
  });

  it('finds the frontmatter of an MDX file', () => {
    expect(frontmatterOf('---\ntitle: x\n---\n\nTekst')).toEqual({ yaml: 'title: x', firstLine: 2 });
    expect(frontmatterOf('Tekst')).toBeUndefined();
  });
});
