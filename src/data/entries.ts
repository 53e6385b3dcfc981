/**
 * The one door pages use to read content. It loads every collection once and
 * hands them to buildKnowledge() (src/data/knowledge.ts), which runs the
 * integrity check and builds the link graph and the glossary matcher.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS } from '../lib/kinds';
import { buildKnowledge, type AnyEntry, type Knowledge } from './knowledge';

export { sortEntries, summaryOf, titleOf, urlOf, type AnyEntry, type Knowledge } from './knowledge';

let loading: Promise<Knowledge> | undefined;

export function loadKnowledge(): Promise<Knowledge> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Knowledge> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  return buildKnowledge(lists.flat() as AnyEntry[]);
}
