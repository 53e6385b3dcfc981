/**
 * The one door pages use to read content. It loads every collection once and
 * hands them to buildKnowledge() (src/knowledge/knowledge.ts), which runs the
 * integrity check and builds the link graph and the glossary matcher.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodyStartLine } from './body-tree';
import { COLLECTIONS } from '../shared/kinds';
import { displayPath } from './content-folder';
import { buildKnowledge, type AnyEntry, type IntegrityInput, type Knowledge } from './knowledge';

export { sortEntries, summaryOf, titleOf, urlOf, type AnyEntry, type Knowledge } from './knowledge';

let loading: Promise<Knowledge> | undefined;

export function loadKnowledge(): Promise<Knowledge> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Knowledge> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  // Reading routes are not entries (no page of their own), but their steps point to entries.
  const routes = await getCollection('routes');
  // The aids at /werkhulpen/ are not entries either, but their links are checked the same way.
  const werkhulpen = await getCollection('werkhulpen');
  return buildKnowledge(lists.flat() as AnyEntry[], withFileLines, [
    ...routes.map(withFileLines),
    ...werkhulpen.map(withFileLines),
  ]);
}

/** Messages name the file as the author knows it, and the line in the file, not in the body. */
function withFileLines(
  e: AnyEntry | CollectionEntry<'routes'> | CollectionEntry<'werkhulpen'>,
): IntegrityInput {
  const raw = e.filePath ? readFileSync(e.filePath, 'utf8') : undefined;
  return {
    collection: e.collection,
    id: e.id,
    filePath: e.filePath ? displayPath(e.filePath) : undefined,
    data: e.data,
    body: e.body,
    bodyLine: e.body && raw !== undefined ? bodyStartLine(raw, e.body) : undefined,
    raw,
  };
}

/**
 * The order authors give collections that are read as a sequence (routes, aids,
 * session templates): their `order` field, then the id, so equal numbers never
 * make two builds differ.
 */
export function byOrder(
  a: { id: string; data: { order: number } },
  b: { id: string; data: { order: number } },
) {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}
