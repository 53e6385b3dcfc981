/**
 * The loaded knowledge base as plain data, and the helpers every page uses to
 * name and order entries. Pure: no Astro runtime import, so the page-data step
 * (entry-page.ts) can be unit-tested with a small fake knowledge base.
 * src/knowledge/entries.ts loads the real collections and hands them to
 * buildKnowledge().
 */
import type { CollectionEntry } from 'astro:content';
import { buildGlossaryMatcher, phrasesOf, type GlossaryMatcher } from './glossary';
import { checkCitations, formatCitationProblems } from './citations';
import { checkIntegrity, formatProblems } from './integrity';
import { COLLECTIONS, entryUrl, quoteTitle, type CollectionName } from '../shared/kinds';
import { buildLinkGraph, keyOf, type LinkGraph } from './link-graph';
import type { EntryRef } from './refs';

export type AnyEntry = CollectionEntry<CollectionName>;
type Dilemma = CollectionEntry<'dilemmas'>;

export interface Knowledge {
  all: AnyEntry[];
  byKey: Map<string, AnyEntry>;
  graph: LinkGraph;
  /** Every glossary term, matched in one pass over a page's text. */
  glossary: GlossaryMatcher;
  /** A collection's entries in reading order (sorted once per build). */
  list<C extends CollectionName>(collection: C): CollectionEntry<C>[];
  get(ref: EntryRef): AnyEntry | undefined;
  /** The dilemmas in which an element is one of the two poles, in reading order. */
  dilemmasWithPole(elementId: string): Dilemma[];
}

/**
 * Checks the entries (a broken link throws, which stops the build before any
 * page is trusted) and builds the indexes every page shares. Everything here is
 * linear in the number of entries and links: pages only look things up.
 */
/** What the integrity check is told about one entry (entries.ts adds file lines for messages). */
export type IntegrityInput = Parameters<typeof checkIntegrity>[0][number];

function plainIntegrityInput(e: AnyEntry): IntegrityInput {
  return { collection: e.collection, id: e.id, filePath: e.filePath, data: e.data, body: e.body };
}

export function buildKnowledge(
  entries: AnyEntry[],
  toIntegrityInput: (entry: AnyEntry) => IntegrityInput = plainIntegrityInput,
  /** Content that is checked with the entries but has no page of its own (reading routes). */
  alsoChecked: IntegrityInput[] = [],
): Knowledge {
  // A fixed order, whatever order the files were read in: stable builds.
  const rank = new Map<string, number>(COLLECTIONS.map((c, i) => [c, i]));
  const all = [...entries].sort(
    (a, b) => rank.get(a.collection)! - rank.get(b.collection)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const checked = [...all.map(toIntegrityInput), ...alsoChecked];
  const problems = checkIntegrity(checked);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  // A text that names a source must cite it (src/knowledge/citations.ts).
  const misCited = checkCitations(checked);
  if (misCited.length > 0) throw new Error(formatCitationProblems(misCited));

  const byKey = new Map(all.map((e) => [keyOf(e), e]));
  const sorted = new Map(
    COLLECTIONS.map((c) => [c, sortEntries(all.filter((e) => e.collection === c))] as const),
  );
  const list = <C extends CollectionName>(c: C) => (sorted.get(c) ?? []) as CollectionEntry<C>[];
  const begrippen = list('begrippen');
  const poles = new Map<string, Dilemma[]>();
  for (const dilemma of list('dilemmas')) {
    const ids = new Set([dilemma.data.poleA.element?.id, dilemma.data.poleB.element?.id]);
    for (const id of ids) if (id) poles.set(id, [...(poles.get(id) ?? []), dilemma]);
  }
  return {
    all,
    byKey,
    graph: buildLinkGraph(all),
    glossary: buildGlossaryMatcher(
      begrippen.map((b) => ({ id: b.id, phrases: phrasesOf(b.data.title, b.data.terms) })),
    ),
    list,
    get: (ref) => byKey.get(keyOf(ref)),
    dilemmasWithPole: (elementId) => poles.get(elementId) ?? [],
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

// One collator for the whole build: localeCompare with a locale builds one per call.
const dutch = new Intl.Collator('nl');

/** Reading order: by number/order, then by title in Dutch alphabetical order, then by id (stable). */
export function sortEntries<E extends AnyEntry>(entries: E[]): E[] {
  return entries
    .map((entry) => ({ entry, order: orderOf(entry), title: titleOf(entry) }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        dutch.compare(a.title, b.title) ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    )
    .map(({ entry }) => entry);
}
