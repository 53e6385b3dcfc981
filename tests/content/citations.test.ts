/**
 * The mis-citation check (src/knowledge/citations.ts) over all of content/,
 * without a build: a text that names a source document must cite it. The build
 * runs the same check on the loaded collections; this test gives the author the
 * whole list in a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCitations } from '../../src/knowledge/citations';
import type { IntegrityEntry } from '../../src/knowledge/integrity';
import { splitFrontmatter } from '../support/fidelity/content-text';

const root = resolve(import.meta.dirname, '../..');

/** What Astro's reference() makes of the two kinds of fields that point to bronnen. */
function withSourceRefs(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key === 'bron') return { collection: 'bronnen', id: value };
  if (Array.isArray(value))
    return value.map((v) =>
      key === 'citedIn' && typeof v === 'string' ? { collection: 'bronnen', id: v } : withSourceRefs(v),
    );
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSourceRefs(v, k)]));
  return value;
}

function contentEntries(): IntegrityEntry[] {
  const base = join(root, 'content');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx|md|ya?ml)$/.test(name))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(base, name), 'utf8');
      const [collection, file] = name.split('/') as [string, string];
      const data = /\.ya?ml$/.test(name) ? (parse(raw) as unknown) : splitFrontmatter(raw).data;
      return {
        collection,
        id: file.replace(/\.[^.]+$/, ''),
        filePath: relative(root, join(base, name)),
        data: withSourceRefs(data),
        raw,
      };
    });
}

describe('citations in content', () => {
  it('every text that names a source document cites that document', () => {
    const problems = checkCitations(contentEntries());
    expect(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n')).toBe('');
  });
});
