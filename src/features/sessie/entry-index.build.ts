/**
 * Shapes the session builder's data from the content: each entry a trainer
 * can put in a session (one file per entry), and the templates. The templates' entry references are
 * checked like every other link: a template pointing to a missing entry fails
 * the build with the file and field named.
 */
import { getCollection } from 'astro:content';
import { checkIntegrity, formatProblems } from '../../knowledge/integrity';
import { KINDS, entryUrl } from '../../shared/kinds';
import { SESSION_COLLECTIONS } from '../../shared/session-entries';
import type { IndexEntry, IndexTemplate } from './entry-index';
import { byOrder, loadKnowledge, summaryOf, titleOf, type AnyEntry } from '../../knowledge/entries';

function describe(entry: AnyEntry): IndexEntry {
  const kind = KINDS[entry.collection];
  const base: IndexEntry = {
    kind: kind.label,
    accent: kind.accent,
    title: titleOf(entry),
    summary: summaryOf(entry),
    url: entryUrl(entry.collection, entry.id),
  };
  switch (entry.collection) {
    case 'dilemmas':
      return {
        ...base,
        poles: [
          { label: entry.data.poleA.label, pull: entry.data.poleA.pull },
          { label: entry.data.poleB.label, pull: entry.data.poleB.pull },
        ],
        questions: entry.data.questions,
      };
    case 'casussen':
      return { ...base, questions: entry.data.questions };
    case 'citaten':
      return { ...base, quote: { text: entry.data.text, role: entry.data.role } };
    case 'werkkaarten':
      return { ...base, card: { number: entry.data.number, question: entry.data.question } };
    default:
      return base;
  }
}

/** Every entry a session can hold, keyed by "collection/id", for /sessie/entries/<collection>/<id>.json. */
export async function loadSessionEntries(): Promise<[string, IndexEntry][]> {
  const knowledge = await loadKnowledge();
  const allowed = new Set<string>(SESSION_COLLECTIONS);
  return knowledge.all
    .filter((entry) => allowed.has(entry.collection))
    .map((entry) => [`${entry.collection}/${entry.id}`, describe(entry)]);
}

/** The ready-made templates, for /sessie/sjablonen.json. */
export async function loadSessionTemplates(): Promise<IndexTemplate[]> {
  const knowledge = await loadKnowledge();
  const templates = await getCollection('sessiesjablonen');
  const problems = checkIntegrity([
    ...knowledge.all.map((e) => ({ collection: e.collection, id: e.id, data: {} })),
    ...templates.map((t) => ({ collection: t.collection, id: t.id, filePath: t.filePath, data: t.data })),
  ]);
  if (problems.length > 0) throw new Error(formatProblems(problems));

  return templates.sort(byOrder).map((t) => ({
    id: t.id,
    title: t.data.title,
    summary: t.data.summary,
    audience: t.data.audience,
    goal: t.data.goal,
    target: t.data.target,
    items: t.data.items.map((item) => ({
      block: item.block,
      minutes: item.minutes,
      notes: item.notes,
      ...(item.entry ? { entry: `${item.entry.collection}/${item.entry.id}` } : {}),
      ...(item.title !== undefined ? { title: item.title } : {}),
    })),
  }));
}
