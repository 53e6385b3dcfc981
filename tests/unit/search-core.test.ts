import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchRunner } from '../../src/features/search/core.client';
import type { Outcome } from '../../src/features/search/pagefind.client';

const outcome = (url: string): Outcome => ({
  results: [{ url, excerpt: '', meta: {}, filters: {} }],
  counts: {},
});

describe('the shared search core', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and asks only the last question', async () => {
    const search = vi.fn(async (query: string) => outcome(`/${query}/`));
    const onResults = vi.fn();
    const runner = createSearchRunner({ onResults, onError: vi.fn() }, search, 100);
    runner.ask({ query: 'g', filters: {}, max: 5 });
    runner.ask({ query: 'gr', filters: {}, max: 5 });
    runner.ask({ query: 'grenzen', filters: {}, max: 5 });
    await vi.advanceTimersByTimeAsync(150);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('grenzen', {}, 5);
    expect(onResults.mock.calls[0]?.[0].results[0].url).toBe('/grenzen/');
  });

  it('drops a slow answer to an older question that arrives after a newer one', async () => {
    const resolvers: ((o: Outcome) => void)[] = [];
    const search = vi.fn(() => new Promise<Outcome>((resolve) => resolvers.push(resolve)));
    const onResults = vi.fn();
    const runner = createSearchRunner({ onResults, onError: vi.fn() }, search, 10);
    runner.ask({ query: 'oud', filters: {}, max: 5 });
    await vi.advanceTimersByTimeAsync(20);
    runner.ask({ query: 'nieuw', filters: {}, max: 5 });
    await vi.advanceTimersByTimeAsync(20);
    resolvers[1]!(outcome('/nieuw/'));
    resolvers[0]!(outcome('/oud/'));
    await vi.runAllTimersAsync();
    expect(onResults).toHaveBeenCalledTimes(1);
    expect(onResults.mock.calls[0]?.[0].results[0].url).toBe('/nieuw/');
  });

  it('reports a failed search, and nothing after cancel', async () => {
    const onError = vi.fn();
    const onResults = vi.fn();
    const runner = createSearchRunner({ onResults, onError }, () => Promise.reject(new Error('offline')), 10);
    runner.ask({ query: 'x', filters: {}, max: 5 });
    await vi.advanceTimersByTimeAsync(20);
    expect(onError).toHaveBeenCalledTimes(1);
    runner.ask({ query: 'y', filters: {}, max: 5 });
    runner.cancel();
    await vi.advanceTimersByTimeAsync(20);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onResults).not.toHaveBeenCalled();
  });
});
