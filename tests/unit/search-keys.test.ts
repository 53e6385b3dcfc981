import { describe, expect, it } from 'vitest';
import { keyAction, resultCount } from '../../src/features/search/keys';

describe('keys in a search box with results under it', () => {
  it('arrows walk through the results and wrap around', () => {
    expect(keyAction('ArrowDown', -1, 3)).toEqual({ kind: 'move', active: 0 });
    expect(keyAction('ArrowUp', 0, 3)).toEqual({ kind: 'move', active: 2 });
    expect(keyAction('ArrowDown', 2, 3)).toEqual({ kind: 'move', active: 0 });
  });

  it('arrows do nothing without results', () => {
    expect(keyAction('ArrowDown', -1, 0)).toEqual({ kind: 'none' });
  });

  it('Enter opens the chosen result, or searches when none is chosen', () => {
    expect(keyAction('Enter', 1, 3)).toEqual({ kind: 'open', index: 1 });
    expect(keyAction('Enter', -1, 3)).toEqual({ kind: 'submit' });
  });

  it('Escape closes the list (the query is left alone by the caller)', () => {
    expect(keyAction('Escape', 1, 3)).toEqual({ kind: 'close' });
  });

  it('other keys are left to the browser', () => {
    expect(keyAction('a', -1, 3)).toEqual({ kind: 'none' });
  });
});

describe('the result count', () => {
  it('says "1 resultaat", not "1 resultaten"', () => {
    expect(resultCount(1)).toBe('1 resultaat');
    expect(resultCount(6)).toBe('6 resultaten');
    expect(resultCount(0)).toBe('Niets gevonden');
  });
});
