/**
 * Shapes dilemmas and intervision methods into the plain data the intervision
 * island needs. The methods and a bounded chooser (per werkkaart at most
 * INLINE_LIMIT dilemmas, the rest found through the search index) are props of
 * /intervisie/; each dilemma's full data is its own file,
 * /intervisie/dilemma/<id>.json, fetched only for the dilemma a group picks, so
 * the page does not grow with the knowledge base.
 */
import type { CollectionEntry } from 'astro:content';
import { INTERVISIE_ROLES } from '../../shared/vocabulary';
import { INLINE_LIMIT } from '../../knowledge/paginate';
import { fold, type ChooserCard } from './chooser';
import type { IntervisieDilemma, IntervisieMethode, IntervisiePole } from './slots';
import { loadKnowledge, urlOf, type Knowledge } from '../../knowledge/entries';
import { themeEntries, themeListUrl } from '../../knowledge/views/theme-lists';

/** Quotes per dilemma handed to the island: enough for a step (3) and the printout. */
const QUOTES_PER_DILEMMA = 3;

function pole(knowledge: Knowledge, side: 'A' | 'B', data: CollectionEntry<'dilemmas'>['data']['poleA']) {
  const element = data.element ? knowledge.get(data.element) : undefined;
  const shaped: IntervisiePole = { side, label: data.label, pull: data.pull, pitfall: data.pitfall };
  if (element?.collection === 'elementen') {
    shaped.element = { title: element.data.title, url: urlOf(element), summary: element.data.summary };
  }
  return shaped;
}

function shapeDilemma(knowledge: Knowledge, entry: CollectionEntry<'dilemmas'>): IntervisieDilemma {
  const card = knowledge.get(entry.data.theme);
  if (card?.collection !== 'werkkaarten') {
    throw new Error(`content/dilemmas/${entry.id}: field "theme" does not name a werkkaart.`);
  }
  // Quotes that name this dilemma, in a stable order (their own order in the list of quotes).
  const quotes = knowledge
    .list('citaten')
    .filter(
      (q) => q.data.dilemmas.some((d) => d.id === entry.id) || entry.data.citaten.some((c) => c.id === q.id),
    )
    .slice(0, QUOTES_PER_DILEMMA)
    .map((q) => ({ text: q.data.text, role: q.data.role, context: q.data.context }));
  return {
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    url: urlOf(entry),
    werkkaart: {
      number: card.data.number,
      title: card.data.title,
      shortTitle: card.data.shortTitle,
      url: urlOf(card),
    },
    poles: [pole(knowledge, 'A', entry.data.poleA), pole(knowledge, 'B', entry.data.poleB)],
    questions: entry.data.questions,
    quotes,
  };
}

function shapeMethode(entry: CollectionEntry<'intervisiemethoden'>): IntervisieMethode {
  return {
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    fits: entry.data.fits,
    url: urlOf(entry),
    roles: Object.fromEntries(
      INTERVISIE_ROLES.map((r) => [r, entry.data.roles[r]]),
    ) as IntervisieMethode['roles'],
    steps: entry.data.steps.map((s) => ({
      title: s.title,
      minutes: s.minutes,
      what: s.what,
      roles: s.roles,
      slots: s.slots,
    })),
  };
}

export interface IntervisieData {
  cards: ChooserCard[];
  methoden: IntervisieMethode[];
}

/** The props of /intervisie/: bounded whatever the number of dilemmas. */
export async function loadIntervisie(): Promise<IntervisieData> {
  const knowledge = await loadKnowledge();
  const cards = knowledge
    .list('werkkaarten')
    .map((card) => {
      const own = themeEntries(knowledge, 'dilemmas', card.id);
      return {
        number: card.data.number,
        shortTitle: card.data.shortTitle,
        total: own.length,
        more: own.length > INLINE_LIMIT ? themeListUrl('dilemmas', card.id) : undefined,
        items: own.slice(0, INLINE_LIMIT).map((d) => ({
          id: d.id,
          title: d.data.title,
          words: fold(
            `${d.data.title} ${d.data.summary} ${card.data.title} ${d.data.poleA.label} ${d.data.poleB.label}`,
          ),
        })),
      };
    })
    .filter((c) => c.total > 0)
    .sort((a, b) => a.number - b.number);
  return { cards, methoden: knowledge.list('intervisiemethoden').map(shapeMethode) };
}

/** Every dilemma's full data, for /intervisie/dilemma/<id>.json. */
export async function loadIntervisieDilemmas(): Promise<IntervisieDilemma[]> {
  const knowledge = await loadKnowledge();
  return knowledge.list('dilemmas').map((d) => shapeDilemma(knowledge, d));
}
