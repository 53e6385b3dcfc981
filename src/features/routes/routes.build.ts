/**
 * Shapes the reading routes (content/routes/) for the /start/ pages and the
 * route bar: resolves every entry address to its entry, and estimates reading
 * time from the text each entry page shows. The references themselves are
 * checked by the integrity check in entries.ts, which runs first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  byOrder,
  loadKnowledge,
  titleOf,
  urlOf,
  type AnyEntry,
  type Knowledge,
} from '../../knowledge/entries';
import { countWords, dataText, plainText, stepMinutes } from './reading-time';
import { WERKKAART_SECTIONS, type WerkkaartSection } from '../../shared/vocabulary';
import type { RouteSummaries } from './nav';

type RouteEntry = CollectionEntry<'routes'>;

export interface Reading {
  entry: AnyEntry;
  title: string;
  /** The entry's address, with #section when the step points into the page. */
  href: string;
  /** Dutch name of the section to read, when the step points into the page. */
  section?: string | undefined;
  words: number;
}

export interface RouteQuestion {
  question: string;
  options: string[];
  /** The right option, counted from 1. */
  answer: number;
  explanation: string;
  explainedIn: { href: string; title: string };
  /** The source the right answer rests on, shown with the explanation. */
  source: { href: string; title: string; plaats: string };
  /** The right answer is our own reading of that source, not what it says. */
  eigenLezing: boolean;
}

export interface RouteStep {
  number: number;
  title: string;
  intro: string;
  reflection: string;
  read: Reading[];
  questions: RouteQuestion[];
  minutes: number;
}

export interface Route {
  id: string;
  title: string;
  shortTitle: string;
  audience: string;
  summary: string;
  steps: RouteStep[];
  minutes: number;
}

/**
 * Words a reader meets on an entry page: its own text, and on a werkkaart the
 * lists it shows. A step that points to "In het kort" only asks for that block.
 */
function wordsOn(entry: AnyEntry, knowledge: Knowledge, section: string | undefined): number {
  if (entry.collection === 'werkkaarten' && section === 'in-het-kort') {
    const { title, summary, question, inShort = [] } = entry.data;
    return countWords([title, summary, question, ...inShort].join(' '));
  }
  let text = `${dataText(entry.data)} ${plainText(entry.body ?? '')}`;
  if (entry.collection === 'werkkaarten') {
    for (const other of [...knowledge.list('elementen'), ...knowledge.list('dilemmas')]) {
      if (other.data.theme?.id !== entry.id) continue;
      text += ` ${titleOf(other)}`;
      if (other.collection === 'dilemmas') text += ` ${other.data.poleA.label} ${other.data.poleB.label}`;
    }
  }
  return countWords(text);
}

function shape(route: RouteEntry, knowledge: Knowledge): Route {
  const resolve = (ref: { collection: string; id: string }) => {
    const entry = knowledge.get(ref);
    // The integrity check has already failed the build for a missing entry.
    if (!entry) throw new Error(`${route.filePath}: no entry ${ref.collection}/${ref.id}`);
    return entry;
  };
  const steps = route.data.steps.map((step, i): RouteStep => {
    const read = step.read.map(({ entry: ref, section }): Reading => {
      const entry = resolve(ref);
      return {
        entry,
        title: titleOf(entry),
        href: `${urlOf(entry)}${section ? `#${section}` : ''}`,
        section: section ? WERKKAART_SECTIONS[section as WerkkaartSection] : undefined,
        words: wordsOn(entry, knowledge, section),
      };
    });
    return {
      number: i + 1,
      title: step.title,
      intro: step.intro,
      reflection: step.reflection,
      read,
      questions: step.questions.map((q) => {
        const where = resolve(q.explainedIn.entry);
        const source = resolve(q.bron);
        return {
          question: q.question,
          options: q.options,
          answer: q.answer,
          explanation: q.explanation,
          explainedIn: { href: urlOf(where), title: titleOf(where) },
          source: { href: urlOf(source), title: titleOf(source), plaats: q.plaats },
          eigenLezing: q.eigenLezing,
        };
      }),
      minutes: stepMinutes(
        read.map((r) => r.words),
        step.questions.length + 1,
      ),
    };
  });
  return {
    id: route.id,
    title: route.data.title,
    shortTitle: route.data.shortTitle,
    audience: route.data.audience,
    summary: route.data.summary,
    steps,
    minutes: steps.reduce((sum, s) => sum + s.minutes, 0),
  };
}

let loading: Promise<Route[]> | undefined;

/** Every route, in the order of their `order` field. */
export function loadRoutes(): Promise<Route[]> {
  loading ??= (async () => {
    const knowledge = await loadKnowledge();
    const entries = await getCollection('routes');
    return entries.sort(byOrder).map((r) => shape(r, knowledge));
  })();
  return loading;
}

/** What the route bar on entry pages needs, and nothing more. */
export function routeSummaries(routes: readonly Route[]): RouteSummaries {
  return Object.fromEntries(
    routes.map((r) => [
      r.id,
      {
        name: r.shortTitle,
        steps: r.steps.map((s) => ({
          title: s.title,
          read: s.read.map((x) => ({ href: x.href, title: x.title })),
        })),
      },
    ]),
  );
}
