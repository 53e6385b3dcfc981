/**
 * What the session builder knows about entries: per entry what a plan, a
 * handout and a card need, one small file each (/sessie/entries/<collection>/<id>.json,
 * fetched only for the entries in the open plan), and the ready-made templates
 * (/sessie/sjablonen.json). Nothing the builder loads grows with the knowledge
 * base. The types live here so the pages that write the files and the island
 * that reads them agree; turning a template into a session is pure and tested.
 */
import { newKey, type Session } from './basics';
import type { BlockKind } from '../../shared/vocabulary';

export interface IndexEntry {
  /** Badge label, e.g. "Dilemma". */
  kind: string;
  /** Accent name for colours (see --accent-* in global.css). */
  accent: string;
  title: string;
  summary: string;
  /** The entry's page, from entryUrl(). */
  url: string;
  /** Dilemmas: the two poles, each with what pulls towards it. */
  poles?: [IndexPole, IndexPole];
  /** Dilemmas and cases: questions for the group. */
  questions?: string[];
  /** Quotes: the verbatim text and who says it (a role, never a name). */
  quote?: { text: string; role: string };
  /** Werkkaarten: the number and the card's central question. */
  card?: { number: number; question: string };
}

export interface IndexPole {
  label: string;
  pull: string;
}

export interface IndexTemplate {
  id: string;
  title: string;
  summary: string;
  audience: string;
  goal: string;
  target: number;
  items: { block: BlockKind; minutes: number; entry?: string; title?: string; notes: string }[];
}

export interface SessionIndex {
  /** Keyed by "collection/id": the entry, or null when the site does not have it; absent while loading. */
  entries: Record<string, IndexEntry | null>;
  templates: IndexTemplate[];
}

/** Where the builder finds one entry ("collection/id"), written by src/pages/sessie/entries/. */
export const entryDataUrl = (entry: string) => `/sessie/entries/${entry}.json`;

/** Where the builder finds the templates. */
export const TEMPLATES_URL = '/sessie/sjablonen.json';

/** The entries of `items` not asked for yet. */
export function entriesToLoad(
  items: readonly { entry?: string | undefined }[],
  asked: ReadonlySet<string>,
): string[] {
  return [...new Set(items.flatMap((i) => (i.entry && !asked.has(i.entry) ? [i.entry] : [])))];
}

export function sessionFromTemplate(template: IndexTemplate, now: number): Session {
  return {
    id: newKey(),
    title: template.title,
    date: '',
    audience: template.audience,
    goal: template.goal,
    start: '09:00',
    target: template.target,
    updated: now,
    items: template.items.map((item) => ({
      key: newKey(),
      block: item.block,
      minutes: item.minutes,
      notes: item.notes,
      ...(item.entry ? { entry: item.entry } : {}),
      ...(item.title !== undefined ? { title: item.title } : {}),
    })),
  };
}

/** Which entries of cards can be printed as A6 cards. */
export const CARD_COLLECTIONS = ['dilemmas', 'werkkaarten', 'elementen', 'citaten'] as const;
