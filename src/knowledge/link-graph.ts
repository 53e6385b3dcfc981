/**
 * The link graph of the knowledge base, built once per build: for every entry
 * its outgoing links (frontmatter references and /<collection>/<id>/ links in the
 * body) and the reverse map for "Genoemd in". Linear in the number of links.
 */
import { analyseEntryBody, classifyHref } from './links';
import { findRefs, type EntryRef } from './refs';

export interface GraphEntry {
  collection: string;
  id: string;
  data: unknown;
  body?: string | undefined;
  filePath?: string | undefined;
}

export interface LinkGraph {
  outgoing(ref: EntryRef): EntryRef[];
  incoming(ref: EntryRef): EntryRef[];
  has(ref: EntryRef): boolean;
}

export const keyOf = (ref: EntryRef): string => `${ref.collection}/${ref.id}`;

export function buildLinkGraph(entries: readonly GraphEntry[]): LinkGraph {
  const collections = [...new Set(entries.map((e) => e.collection))];
  const known = new Set(entries.map(keyOf));
  const out = new Map<string, EntryRef[]>();
  const into = new Map<string, EntryRef[]>();
  for (const entry of entries) {
    const from: EntryRef = { collection: entry.collection, id: entry.id };
    const fromKey = keyOf(from);
    const seen = new Set<string>([fromKey]);
    const targets: EntryRef[] = [];
    const bodyTargets = analyseEntryBody(entry).links.flatMap((link) => {
      const target = classifyHref(link.href, { collections, from });
      return target.kind === 'entry' ? [target] : [];
    });
    for (const ref of [...findRefs(entry.data), ...bodyTargets]) {
      const target = { collection: ref.collection, id: ref.id };
      const key = keyOf(target);
      // Links to missing entries are the integrity check's business, not the graph's.
      if (seen.has(key) || !known.has(key)) continue;
      seen.add(key);
      targets.push(target);
      let list = into.get(key);
      if (!list) into.set(key, (list = []));
      list.push(from);
    }
    out.set(fromKey, targets);
  }
  return {
    outgoing: (ref) => out.get(keyOf(ref)) ?? [],
    incoming: (ref) => into.get(keyOf(ref)) ?? [],
    has: (ref) => known.has(keyOf(ref)),
  };
}
