/**
 * Suggests what an author probably meant when a name or id is almost right:
 * used for ids, collection names and frontmatter keys alike.
 */

/** The closest candidate, when it is close enough to be a likely typo. */
export function nearest(value: string, candidates: Iterable<string> | undefined): string | undefined {
  if (!candidates) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Edit distance (Levenshtein): how many letters to add, remove or change. */
export function distance(a: string, b: string): number {
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
