/**
 * The one door pages use to read content. It loads every collection once,
 * runs the integrity check (a broken link fails the build before any page is
 * trusted) and builds the link graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkIntegrity, formatProblems } from '../lib/integrity';
import { buildLinkGraph, keyOf, type LinkGraph } from '../lib/link-graph';
import { COLLECTIONS, entryUrl, quoteTitle, type CollectionName } from '../lib/kinds';
import type { EntryRef } from '../lib/references';

export type AnyEntry = CollectionEntry<CollectionName>;

export interface Knowledge {
  all: AnyEntry[];
  byKey: Map<string, AnyEntry>;
  graph: LinkGraph;
  list<C extends CollectionName>(collection: C): CollectionEntry<C>[];
  get(ref: EntryRef): AnyEntry | undefined;
}

let loading: Promise<Knowledge> | undefined;

export function loadKnowledge(): Promise<Knowledge> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Knowledge> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  const all = lists.flat() as AnyEntry[];
  const problems = checkIntegrity(
    all.map((e) => ({
      collection: e.collection,
      id: e.id,
      filePath: e.filePath,
      data: e.data,
      body: e.body,
    })),
  );
  if (problems.length > 0) {
    // Thrown during the build, this stops it: no site with broken links is published.
    throw new Error(formatProblems(problems));
  }
  const byKey = new Map(all.map((e) => [keyOf(e), e]));
  const byCollection = new Map(COLLECTIONS.map((c, i) => [c, lists[i] ?? []]));
  return {
    all,
    byKey,
    graph: buildLinkGraph(all),
    list: <C extends CollectionName>(c: C) =>
      sortEntries((byCollection.get(c) ?? []) as CollectionEntry<C>[]),
    get: (ref) => byKey.get(keyOf(ref)),
  };
}

/** Display title of any entry (quotes have no title: their opening words). */
export function titleOf(entry: AnyEntry): string {
  if (entry.collection === 'citaten') return quoteTitle(entry.data.text);
  return entry.data.title;
}

/** Short description used in previews, cards and meta descriptions. */
export function summaryOf(entry: AnyEntry): string {
  if (entry.collection === 'citaten') return `${entry.data.role} — ${entry.data.context ?? ''}`.trim();
  return entry.data.summary;
}

export function urlOf(entry: AnyEntry): string {
  return entryUrl(entry.collection, entry.id);
}

function orderOf(entry: AnyEntry): number {
  const data = entry.data as { number?: number; order?: number };
  return data.number ?? data.order ?? 100;
}

export function sortEntries<E extends AnyEntry>(entries: E[]): E[] {
  return [...entries].sort((a, b) => orderOf(a) - orderOf(b) || titleOf(a).localeCompare(titleOf(b), 'nl'));
}
