/**
 * The one door pages use to read content. It loads every collection once and
 * hands them to buildKnowledge() (src/data/knowledge.ts), which runs the
 * integrity check and builds the link graph and the glossary matcher.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { bodyStartLine } from '../lib/body-tree';
import { COLLECTIONS } from '../lib/kinds';
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
  return buildKnowledge(lists.flat() as AnyEntry[], withFileLines);
}

/** Messages name the file as the author knows it, and the line in the file, not in the body. */
function withFileLines(e: AnyEntry): IntegrityInput {
  return {
    collection: e.collection,
    id: e.id,
    filePath: e.filePath ? displayPath(e.filePath) : undefined,
    data: e.data,
    body: e.body,
    bodyLine: e.body && e.filePath ? bodyStartLine(readFileSync(e.filePath, 'utf8'), e.body) : undefined,
  };
}
