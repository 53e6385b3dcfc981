/**
 * Cross-entry checks that Astro's schemas cannot make: every reference and every
 * internal link in a body must point to an entry that exists. Each problem names
 * the file and field and says how to fix it, because a content author reads it.
 */
import { COLLECTIONS } from './kinds';
import { findBodyLinks, findRefs } from './references';

export interface IntegrityEntry {
  collection: string;
  id: string;
  /** Path of the file, relative to the project. */
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

export function checkIntegrity(
  entries: readonly IntegrityEntry[],
  collectionNames: readonly string[] = COLLECTIONS,
): IntegrityProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    let set = ids.get(entry.collection);
    if (!set) ids.set(entry.collection, (set = new Set()));
    set.add(entry.id);
  }
  // Every collection counts, also an empty one: a body link to it is still broken.
  const collections = new Set([...collectionNames, ...ids.keys()]);
  const problems: IntegrityProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}`;
    const targets = [
      ...findRefs(entry.data),
      ...findBodyLinks(entry.body ?? '', collections).map((l) => ({ ...l, field: 'body' })),
    ];
    for (const ref of targets) {
      const known = ids.get(ref.collection);
      if (known?.has(ref.id)) continue;
      const hint = nearest(ref.id, known);
      problems.push({
        file,
        field: ref.field,
        message:
          `links to "${ref.id}" in ${ref.collection}, but content/${ref.collection}/ has no entry "${ref.id}". ` +
          (hint
            ? `Did you mean "${hint}"? `
            : `Create content/${ref.collection}/${ref.id}.${ref.collection === 'citaten' ? 'yaml' : 'mdx'} or `) +
          (hint ? 'Correct the id or remove the link.' : 'correct the id or remove the link.'),
      });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly IntegrityProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}\n    field "${p.field}" ${p.message}`);
  return `Content check failed: ${problems.length} broken link${problems.length === 1 ? '' : 's'} between entries. Nothing was published.\n${lines.join('\n')}`;
}

/** The closest existing id, when it is close enough to be a likely typo. */
function nearest(id: string, candidates: ReadonlySet<string> | undefined): string | undefined {
  if (!candidates) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
