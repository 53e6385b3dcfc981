/**
 * Content fidelity over all of content/: our own words (no unmarked run of 10
 * words copied from a source document), quotes that stand in their source, and
 * a person's quoted words only inside „…” with the speaker's role.
 *
 * The source documents are not ours to publish, so they are not in the
 * repository: the checks read them from WERKZAAM_SOURCES (default
 * ../shared/sources next to the repository). Where they are missing the checks
 * are skipped with a plain message — except in CI (CI set) or when
 * WERKZAAM_SOURCES is set explicitly, where a missing folder fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTextFields } from '../support/fidelity/content-text';
import {
  checkOriginality,
  checkQuotes,
  checkSpeech,
  type ContentFile,
  type FidelityProblem,
} from '../support/fidelity/fidelity';
import type { SourceText } from '../support/fidelity/originality';

const root = resolve(import.meta.dirname, '../..');
const sourcesDir = resolve(root, process.env.WERKZAAM_SOURCES ?? '../shared/sources');
const mustRun = Boolean(process.env.CI) || process.env.WERKZAAM_SOURCES !== undefined;
const available = existsSync(sourcesDir);

function contentFiles(): ContentFile[] {
  const base = join(root, 'content');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx|md|ya?ml)$/.test(name))
    .sort()
    .map((name) => ({
      path: relative(root, join(base, name)),
      raw: readFileSync(join(base, name), 'utf8'),
    }));
}

function report(problems: readonly FidelityProblem[]): string {
  return problems.map((p) => `${p.file} (${p.field}): ${p.message}`).join('\n');
}

if (!available && !mustRun) {
  console.log(
    `Content fidelity checks skipped: no source documents at ${sourcesDir}. Set WERKZAAM_SOURCES to the folder with the source texts to run them.`,
  );
}

describe.skipIf(!available && !mustRun)('content fidelity', () => {
  it('finds the source documents', () => {
    expect(
      available,
      `No source documents at ${sourcesDir}. Set WERKZAAM_SOURCES to the folder with the source texts.`,
    ).toBe(true);
  });

  const files = available ? contentFiles() : [];
  const sources: SourceText[] = available
    ? readdirSync(sourcesDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(sourcesDir, name), 'utf8') }))
    : [];

  it('every text outside marked quotations is in our own words', () => {
    const problems = checkOriginality(files, sources);
    expect(problems, report(problems)).toEqual([]);
  });

  it("a person's quoted words stand in „…” with the speaker's role, never as our own words", () => {
    const problems = checkSpeech(files, sources);
    expect(problems, report(problems)).toEqual([]);
  });

  it('every quote stands word for word in its source and names a role', () => {
    const sourcesByBron = new Map<string, SourceText>();
    for (const file of files.filter((f) => f.path.startsWith('content/bronnen/'))) {
      const name = contentTextFields(file.path, file.raw).find((f) => f.field === 'file')?.text;
      const source = sources.find((s) => s.name === name);
      if (source) sourcesByBron.set(file.path.replace(/^.*\/|\.mdx?$/g, ''), source);
    }
    expect(sourcesByBron.size, 'No bronnen entry points to a source file.').toBeGreaterThan(0);
    const problems = checkQuotes({ files, sourcesByBron });
    expect(problems, report(problems)).toEqual([]);
  });
});
