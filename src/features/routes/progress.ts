/**
 * A newcomer's progress through the reading routes, kept only on their own
 * device through the shared device-storage module: which steps they have read,
 * what they answered to the check questions, and where they were.
 *
 * Steps and questions are numbered from 1 in the order of the route file, so a
 * saved answer "4.2" is question 2 of step 4.
 */
import { z } from '../../shared/zod';
import type { StoreSpec } from '../../shared/client/device-storage';

const routeProgress = z.object({
  /** Step numbers the reader marked as read. */
  read: z.array(z.number().int().min(1)),
  /** Chosen option (from 1) per question, keyed "<step>.<question>". */
  answers: z.record(z.string().regex(/^\d+\.\d+$/), z.number().int().min(1)),
  /** The step the reader last opened. */
  last: z.number().int().min(1).optional(),
});

export const progressSchema = z.object({ routes: z.record(z.string(), routeProgress) });

export type RouteProgress = z.infer<typeof routeProgress>;
export type Progress = z.infer<typeof progressSchema>;

export const PROGRESS_STORE: StoreSpec<Progress> = {
  key: 'werkzaam.voortgang',
  version: 1,
  schema: progressSchema,
  empty: () => ({ routes: {} }),
  label: 'je voortgang',
};

const blank = (): RouteProgress => ({ read: [], answers: {} });

export function routeOf(progress: Progress, route: string): RouteProgress {
  return Object.hasOwn(progress.routes, route) ? progress.routes[route]! : blank();
}

function update(progress: Progress, route: string, change: (r: RouteProgress) => RouteProgress): Progress {
  return { routes: { ...progress.routes, [route]: change(routeOf(progress, route)) } };
}

/** Marks a step as read (or not), and remembers it as where the reader is. */
export function markRead(progress: Progress, route: string, step: number, read = true): Progress {
  return update(progress, route, (r) => ({
    ...r,
    read: read ? [...new Set([...r.read, step])].sort((a, b) => a - b) : r.read.filter((s) => s !== step),
    last: step,
  }));
}

/** Remembers the step the reader opened, so /start/ can offer to continue there. */
export function visit(progress: Progress, route: string, step: number): Progress {
  return update(progress, route, (r) => ({ ...r, last: step }));
}

export function answer(
  progress: Progress,
  route: string,
  step: number,
  question: number,
  choice: number,
): Progress {
  return update(progress, route, (r) => ({
    ...r,
    answers: { ...r.answers, [`${step}.${question}`]: choice },
    last: step,
  }));
}

export function answerOf(
  progress: Progress,
  route: string,
  step: number,
  question: number,
): number | undefined {
  const answers = routeOf(progress, route).answers;
  const key = `${step}.${question}`;
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

/** Forgets everything about one route; other routes stay. */
export function resetRoute(progress: Progress, route: string): Progress {
  const routes = { ...progress.routes };
  delete routes[route];
  return { routes };
}

export interface RouteSummaryState {
  /** Steps read that still exist in the route. */
  read: number;
  total: number;
  /** "3 van 11 stappen gelezen" */
  text: string;
  /** Where to continue: the last opened step if unread, else the first unread step after it; undefined when all are read. */
  continueAt: number | undefined;
  started: boolean;
}

export function summarize(progress: Progress, route: string, total: number): RouteSummaryState {
  const r = routeOf(progress, route);
  const read = new Set(r.read.filter((s) => s <= total));
  const unread = (from: number) => {
    for (let s = from; s <= total; s++) if (!read.has(s)) return s;
    for (let s = 1; s < from && s <= total; s++) if (!read.has(s)) return s;
    return undefined;
  };
  const last = r.last !== undefined && r.last <= total ? r.last : undefined;
  const continueAt = last !== undefined && !read.has(last) ? last : unread(last ?? 1);
  return {
    read: read.size,
    total,
    text: `${read.size} van ${total} ${total === 1 ? 'stap' : 'stappen'} gelezen`,
    continueAt,
    started: read.size > 0 || last !== undefined || Object.keys(r.answers).length > 0,
  };
}
