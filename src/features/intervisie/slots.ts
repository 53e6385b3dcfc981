/**
 * What an intervision step shows of a dilemma. A method's step names slots
 * (see INTERVISIE_SLOTS); this module turns them into the concrete parts of
 * one dilemma. Pure data in, pure data out: the island renders the result, the
 * unit tests check it, and a new dilemma fits every method without new code.
 */
import type { IntervisieRole, IntervisieSlot } from '../../shared/vocabulary';

export interface IntervisieLink {
  title: string;
  url: string;
  summary: string;
}

export interface IntervisiePole {
  side: 'A' | 'B';
  label: string;
  pull: string;
  pitfall: string;
  element?: IntervisieLink | undefined;
}

export interface IntervisieQuote {
  text: string;
  role: string;
  context?: string | undefined;
}

/** A dilemma as the intervision mode needs it, shaped at build time. */
export interface IntervisieDilemma {
  id: string;
  title: string;
  summary: string;
  url: string;
  werkkaart: { number: number; title: string; shortTitle: string; url: string };
  poles: [IntervisiePole, IntervisiePole];
  questions: string[];
  quotes: IntervisieQuote[];
}

export interface IntervisieStep {
  title: string;
  minutes: number;
  what: string;
  roles: IntervisieRole[];
  slots: IntervisieSlot[];
}

export interface IntervisieMethode {
  id: string;
  title: string;
  summary: string;
  fits: string;
  url: string;
  roles: Record<IntervisieRole, string>;
  steps: IntervisieStep[];
}

/** One thing to show in a step, in the order the step asks for it. */
export type SlotPart =
  | { kind: 'dilemma'; title: string; summary: string; url: string }
  | { kind: 'werkkaart'; number: number; title: string; url: string }
  | { kind: 'polen'; showPull: boolean; showPitfall: boolean; poles: IntervisiePole[] }
  | { kind: 'elementen'; items: (IntervisieLink & { side: 'A' | 'B'; pole: string })[] }
  | { kind: 'vragen'; questions: string[] }
  | { kind: 'citaten'; quotes: IntervisieQuote[] };

export interface ResolvedStep {
  parts: SlotPart[];
  /** Slots the step asks for that this dilemma has nothing for (shown as a quiet note). */
  empty: IntervisieSlot[];
}

/** Quotes shown in one step: enough to hear the voices, few enough to read aloud. */
export const QUOTES_PER_STEP = 3;

/**
 * The parts of `dilemma` that `step` shows. The three pole slots (polen,
 * trekkracht, valkuilen) become one tension field, so the poles always stand
 * facing each other; asking for the pull or the pitfall brings the pole labels.
 */
export function resolveSlots(slots: readonly IntervisieSlot[], dilemma: IntervisieDilemma): ResolvedStep {
  const parts: SlotPart[] = [];
  const empty: IntervisieSlot[] = [];
  const seen = new Set<IntervisieSlot>();
  for (const slot of slots) {
    if (seen.has(slot)) continue;
    seen.add(slot);
    switch (slot) {
      case 'dilemma':
        parts.push({ kind: 'dilemma', title: dilemma.title, summary: dilemma.summary, url: dilemma.url });
        break;
      case 'werkkaart':
        parts.push({
          kind: 'werkkaart',
          number: dilemma.werkkaart.number,
          title: dilemma.werkkaart.title,
          url: dilemma.werkkaart.url,
        });
        break;
      case 'polen':
      case 'trekkracht':
      case 'valkuilen': {
        const existing = parts.find((p) => p.kind === 'polen');
        const part = existing ?? {
          kind: 'polen' as const,
          showPull: false,
          showPitfall: false,
          poles: dilemma.poles,
        };
        if (slot === 'trekkracht') part.showPull = true;
        if (slot === 'valkuilen') part.showPitfall = true;
        if (!existing) parts.push(part);
        break;
      }
      case 'elementen': {
        const items = dilemma.poles.flatMap((p) =>
          p.element ? [{ ...p.element, side: p.side, pole: p.label }] : [],
        );
        if (items.length > 0) parts.push({ kind: 'elementen', items });
        else empty.push(slot);
        break;
      }
      case 'vragen':
        if (dilemma.questions.length > 0) parts.push({ kind: 'vragen', questions: dilemma.questions });
        else empty.push(slot);
        break;
      case 'citaten':
        if (dilemma.quotes.length > 0)
          parts.push({ kind: 'citaten', quotes: dilemma.quotes.slice(0, QUOTES_PER_STEP) });
        else empty.push(slot);
        break;
    }
  }
  return { parts, empty };
}

export function totalMinutes(methode: Pick<IntervisieMethode, 'steps'>): number {
  return methode.steps.reduce((sum, s) => sum + s.minutes, 0);
}
