/**
 * Shapes dilemmas and intervision methods into the plain data the intervision
 * island needs. Built once at build time and handed to the island as props, so
 * the chosen dilemma and method render at hydration without a fetch (no flash
 * of an empty step view) and no other page carries this data.
 */
import type { CollectionEntry } from 'astro:content';
import { INTERVISIE_ROLES } from '../../shared/vocabulary';
import type { IntervisieDilemma, IntervisieMethode, IntervisiePole } from './slots';
import { loadKnowledge, urlOf, type Knowledge } from '../../knowledge/entries';

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
  dilemmas: IntervisieDilemma[];
  methoden: IntervisieMethode[];
}

export async function loadIntervisie(): Promise<IntervisieData> {
  const knowledge = await loadKnowledge();
  return {
    dilemmas: knowledge.list('dilemmas').map((d) => shapeDilemma(knowledge, d)),
    methoden: knowledge.list('intervisiemethoden').map(shapeMethode),
  };
}
