/**
 * The one search core behind the header's box and the /zoeken/ page: waits until
 * typing pauses (debounce), runs the fused Pagefind search, and drops answers that
 * arrive after a newer question was asked (stale-result guard). Key handling is in
 * src/features/search/keys.ts; what each page draws stays with the page.
 */
import { runSearch, type Outcome } from './pagefind.client';

export const TYPING_PAUSE_MS = 180;

export interface SearchRequest {
  query: string;
  filters: Record<string, unknown>;
  max: number;
}

export interface SearchCallbacks {
  onResults(outcome: Outcome, request: SearchRequest): void;
  onError(error: unknown): void;
  onBusy?(busy: boolean): void;
}

export interface SearchRunner {
  /** Asks a new question; earlier questions that are still running are forgotten. */
  ask(request: SearchRequest): void;
  /** Forgets every question asked so far (the box was emptied, the page left). */
  cancel(): void;
}

type Search = (query: string, filters: Record<string, unknown>, max: number) => Promise<Outcome>;

export function createSearchRunner(
  callbacks: SearchCallbacks,
  search: Search = runSearch,
  pause = TYPING_PAUSE_MS,
): SearchRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    latest += 1;
  };
  return {
    cancel,
    ask(request) {
      cancel();
      const id = latest;
      timer = setTimeout(async () => {
        callbacks.onBusy?.(true);
        try {
          const outcome = await search(request.query, request.filters, request.max);
          if (id === latest) callbacks.onResults(outcome, request);
        } catch (error) {
          if (id === latest) callbacks.onError(error);
        } finally {
          if (id === latest) callbacks.onBusy?.(false);
        }
      }, pause);
    },
  };
}
