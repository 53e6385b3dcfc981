/**
 * The choice on /citaten/ (speaker role and werkkaart) as it lives in the URL:
 * /citaten/?rol=ouder&werkkaart=netwerk-activeren. Pure functions only; the page
 * script applies the result to the statically rendered list.
 */

export interface QuoteChoice {
  rol: string;
  werkkaart: string;
}

export interface ParsedChoice {
  choice: QuoteChoice;
  /** Values in the URL that match nothing (an old or mistyped link), shown to the reader. */
  unknown: string[];
}

export const NO_CHOICE: QuoteChoice = { rol: '', werkkaart: '' };

/** Reads the choice from a query string; unknown values are dropped and reported. */
export function parseQuoteChoice(
  search: string,
  known: { roles: readonly string[]; werkkaarten: readonly string[] },
): ParsedChoice {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  const pick = (name: keyof QuoteChoice, allowed: readonly string[]) => {
    const value = (params.get(name) ?? '').trim();
    if (!value) return '';
    if (allowed.includes(value)) return value;
    unknown.push(value);
    return '';
  };
  return {
    choice: { rol: pick('rol', known.roles), werkkaart: pick('werkkaart', known.werkkaarten) },
    unknown,
  };
}

export function serializeQuoteChoice(choice: QuoteChoice): string {
  const params = new URLSearchParams();
  if (choice.rol) params.set('rol', choice.rol);
  if (choice.werkkaart) params.set('werkkaart', choice.werkkaart);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesChoice(quote: { rol: string; werkkaart: string }, choice: QuoteChoice): boolean {
  return (
    (!choice.rol || quote.rol === choice.rol) && (!choice.werkkaart || quote.werkkaart === choice.werkkaart)
  );
}

/** "1 citaat", "12 citaten". */
export function quoteCount(n: number): string {
  return `${n} ${n === 1 ? 'citaat' : 'citaten'}`;
}
