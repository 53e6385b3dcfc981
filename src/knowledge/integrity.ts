/**
 * Cross-entry checks that Astro's schemas cannot make: every reference and every
 * link in a body must point to an entry that exists (and a #fragment to one of
 * its headings). Each problem names the file, the field or line, and says how to
 * fix it, because a content author reads it.
 */
import { analyseEntryBody, classifyHref } from './links';
import { nearest } from './did-you-mean';
import { COLLECTIONS } from '../shared/kinds';
import { findRefs, type EntryRef } from './refs';

export interface IntegrityEntry {
  collection: string;
  id: string;
  /** Path of the file, relative to the project. */
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
  /** Line of the file on which the body starts, so body problems name the file's line. */
  bodyLine?: number | undefined;
  /** The whole file as written, when known: the citation check names the file's lines from it. */
  raw?: string | undefined;
}

export interface IntegrityProblem {
  file: string;
  /** The frontmatter field, or "body" for a link written in the text. */
  field: string;
  /** For a body link: its line in the file. */
  line?: number | undefined;
  message: string;
}

export function checkIntegrity(
  entries: readonly IntegrityEntry[],
  collectionNames: readonly string[] = COLLECTIONS,
): IntegrityProblem[] {
  const byKey = new Map<string, IntegrityEntry>();
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    byKey.set(`${entry.collection}/${entry.id}`, entry);
    let set = ids.get(entry.collection);
    if (!set) ids.set(entry.collection, (set = new Set()));
    set.add(entry.id);
  }
  // Every collection counts, also an empty one: a body link to it is still broken.
  const collections = [...new Set([...collectionNames, ...ids.keys()])];
  const problems: IntegrityProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}`;
    for (const ref of findRefs(entry.data)) {
      const message = missing(ref, ids);
      if (message) problems.push({ file, field: ref.field, message: `links to ${message}` });
    }
    const from = { collection: entry.collection, id: entry.id };
    for (const link of analyseEntryBody(entry).links) {
      const line = link.line + (entry.bodyLine ?? 1) - 1;
      const report = (message: string) =>
        problems.push({ file, field: 'body', line, message: `The link "${link.href}" ${message}` });
      const target = classifyHref(link.href, { collections, from });
      if (target.kind === 'other') continue;
      if (target.kind === 'wrong') {
        report(`is written wrongly. ${target.message}`);
        continue;
      }
      const message = missing(target, ids);
      if (message) {
        report(`points to ${message}`);
        continue;
      }
      if (target.fragment === undefined || target.fragment === '') continue;
      const headings = analyseEntryBody(byKey.get(`${target.collection}/${target.id}`)!).headings;
      if (headings.includes(target.fragment)) continue;
      const hint = nearest(target.fragment, headings);
      report(
        `points to "#${target.fragment}", which is not a heading on /${target.collection}/${target.id}/. ` +
          (hint
            ? `Did you mean "#${hint}"?`
            : headings.length
              ? `Its headings are: ${headings.map((h) => `#${h}`).join(', ')}.`
              : `That page has no headings in its text: link to "/${target.collection}/${target.id}/" without "#${target.fragment}".`),
      );
    }
  }
  return problems;
}

/** Why a reference does not resolve, or undefined when it does. */
function missing(ref: EntryRef, ids: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const known = ids.get(ref.collection);
  if (known?.has(ref.id)) return undefined;
  const hint = nearest(ref.id, known);
  return (
    `"${ref.id}" in ${ref.collection}, but content/${ref.collection}/ has no entry "${ref.id}". ` +
    (hint
      ? `Did you mean "${hint}"? Correct the id or remove the link.`
      : `Create content/${ref.collection}/${ref.id}.${ref.collection === 'citaten' ? 'yaml' : 'mdx'} or correct the id or remove the link.`)
  );
}

export function formatProblems(problems: readonly IntegrityProblem[]): string {
  const lines = problems.map((p) =>
    p.line === undefined
      ? `  ${p.file}\n    field "${p.field}" ${p.message}`
      : `  ${p.file}:${p.line}\n    ${p.message}`,
  );
  return `Content check failed: ${problems.length} broken link${problems.length === 1 ? '' : 's'} between entries. Nothing was published.\n${lines.join('\n')}`;
}
