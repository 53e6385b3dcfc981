/**
 * Quotations: the one way our own text may repeat a source word for word.
 *
 * Convention (README, "Quoting"): a verbatim quotation in a body or a frontmatter
 * text field stands between Dutch quotation marks „…” (U+201E to U+201D; the
 * older closing mark “ U+201C is accepted too), and where the words are a
 * person's own the same sentence names the speaker's role. Straight quotes "…"
 * are for terms and titles and are NOT a quotation: they get checked like any
 * other text.
 *
 * A quotation (a marked one, or a `citaten` entry) may leave words out with
 * "(..)", "(...)", "[...]" or "…"; every fragment must then stand in the source,
 * in order, close after the previous one.
 */
import { normaliseWords, prepareSourceText } from './originality';

const QUOTE = /„([^„”“]*)[”“]/g;

export interface MarkedText {
  /** The text between quotation marks, one item per quotation. */
  quotations: string[];
  /** The rest, in the pieces between the quotations (never joined across one). */
  ownWords: string[];
}

/** Split a text into its marked quotations and our own words around them. */
export function splitQuotations(text: string): MarkedText {
  const quotations: string[] = [];
  const ownWords: string[] = [];
  let last = 0;
  for (const match of text.matchAll(QUOTE)) {
    ownWords.push(text.slice(last, match.index));
    quotations.push(match[1] ?? '');
    last = match.index + match[0].length;
  }
  ownWords.push(text.slice(last));
  return { quotations, ownWords };
}

/** An opening mark without its closing mark would silently exempt nothing; say so. */
export function unbalancedQuotation(text: string): string | undefined {
  const rest = text.replace(QUOTE, '');
  const open = rest.indexOf('„');
  if (open < 0) return undefined;
  return rest.slice(open, open + 60);
}

const ELISION = /\s*(?:\(\s*\.{2,3}\s*\)|\[\s*\.{2,3}\s*\]|…)\s*/;

/** How many source words may lie between two fragments of one quotation. */
export const MAX_ELISION_WORDS = 80;

/** A source prepared once for many quote look-ups. */
export interface QuoteSource {
  /** The source's words joined by single spaces, with a space at both ends. */
  readonly joined: string;
}

export function prepareQuoteSource(raw: string): QuoteSource {
  return { joined: ` ${normaliseWords(prepareSourceText(raw)).join(' ')} ` };
}

/**
 * Does `quote` stand in the source? Fragments joined by an elision mark must
 * appear in order, each within MAX_ELISION_WORDS words after the previous one.
 */
export function quoteOccursIn(quote: string, source: QuoteSource): boolean {
  const fragments = quote
    .split(ELISION)
    .map((fragment) => normaliseWords(fragment))
    .filter((words) => words.length > 0)
    .map((words) => ` ${words.join(' ')} `);
  if (fragments.length === 0) return false;
  const [first, ...rest] = fragments;
  // Try every place the first fragment occurs: a short one may occur more than once.
  for (let at = source.joined.indexOf(first!); at >= 0; at = source.joined.indexOf(first!, at + 1)) {
    if (followsInOrder(rest, source.joined, at + first!.length - 1)) return true;
  }
  return false;
}

function followsInOrder(fragments: readonly string[], joined: string, from: number): boolean {
  let position = from;
  for (const fragment of fragments) {
    const next = joined.indexOf(fragment, position);
    if (next < 0) return false;
    const gap = joined.slice(position, next + 1).split(' ').length - 2;
    if (gap > MAX_ELISION_WORDS) return false;
    position = next + fragment.length - 1;
  }
  return true;
}
