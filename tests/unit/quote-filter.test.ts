import { describe, expect, it } from 'vitest';
import {
  matchesChoice,
  parseQuoteChoice,
  quoteCount,
  serializeQuoteChoice,
} from '../../src/features/citaten/filter';
import { quoteTitle } from '../../src/shared/kinds';

const known = { roles: ['ouder', 'hulpverlener'], werkkaarten: ['netwerk-activeren', 'gewenste-houding'] };

describe('the quote filter on /citaten/', () => {
  it('reads a shared link back into the same choice', () => {
    const choice = { rol: 'ouder', werkkaart: 'netwerk-activeren' };
    expect(parseQuoteChoice(serializeQuoteChoice(choice), known)).toEqual({ choice, unknown: [] });
  });

  it('keeps the address clean when nothing is chosen', () => {
    expect(serializeQuoteChoice({ rol: '', werkkaart: '' })).toBe('');
  });

  it('drops and reports a value from an old link instead of showing an empty page', () => {
    expect(parseQuoteChoice('?rol=oma&werkkaart=gewenste-houding', known)).toEqual({
      choice: { rol: '', werkkaart: 'gewenste-houding' },
      unknown: ['oma'],
    });
  });

  it('shows a quote only when it matches every choice made', () => {
    const quote = { rol: 'ouder', werkkaart: 'netwerk-activeren' };
    expect(matchesChoice(quote, { rol: '', werkkaart: '' })).toBe(true);
    expect(matchesChoice(quote, { rol: 'ouder', werkkaart: '' })).toBe(true);
    expect(matchesChoice(quote, { rol: 'ouder', werkkaart: 'gewenste-houding' })).toBe(false);
  });

  it('counts in correct Dutch', () => {
    expect(quoteCount(1)).toBe('1 citaat');
    expect(quoteCount(0)).toBe('0 citaten');
    expect(quoteCount(12)).toBe('12 citaten');
  });
});

describe('a quote is known by its opening words', () => {
  it('uses the first ten words, with an ellipsis when there is more', () => {
    expect(quoteTitle('Je zoekt naar iets waar het gezin wat aan heeft, waardoor je misschien afwijkt')).toBe(
      '“Je zoekt naar iets waar het gezin wat aan heeft…”',
    );
  });
  it('shows a short quote whole, without an ellipsis', () => {
    expect(quoteTitle('  Ik ben er gewoon.  ')).toBe('“Ik ben er gewoon.”');
  });
});
