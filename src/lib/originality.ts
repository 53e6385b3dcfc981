/**
 * Originality: does a piece of our text repeat a run of words from a source
 * document? Content must be in our own words; only marked quotations may be
 * verbatim (see quotations.ts). Texts are compared as word sequences after
 * normalising case, diacritics, punctuation and hyphenation, so re-punctuating or
 * re-capitalising a copied sentence does not hide it.
 *
 * Speed: every source is cut into overlapping shingles of RUN_LENGTH words once
 * (one Map entry each), and every text is looked up shingle by shingle — linear in
 * the number of words on both sides.
 */

/** A run of this many identical words counts as copied. */
export const RUN_LENGTH = 12;

/**
 * The words of a text, normalised: lowercase, without diacritics, without
 * punctuation, hyphenated compounds joined ("ouder-kind" = "ouderkind").
 */
export function normaliseWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\u00ad/g, '')
      .toLowerCase()
      // A hyphen between two word characters joins them; a dangling one ("jeugd- en") just goes.
      .replace(/(\p{L}|\p{N})[-‐‑–](?=\p{L}|\p{N})/gu, '$1')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A source file as a plain running text: PDF extraction leaves words broken over
 * lines ("multipro-\nbleemgezinnen") and page numbers on lines of their own in the
 * middle of sentences; both would otherwise hide a copied run.
 */
export function prepareSourceText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*\d{1,3}[ \t]*$/gm, '')
    .replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, '$1');
}

export interface SourceText {
  /** File name of the source, used in messages. */
  name: string;
  /** The raw text of the source. */
  text: string;
}

export interface ShingleIndex {
  /** Shingle key → name of the (first) source that contains it. */
  readonly shingles: Map<string, string>;
  readonly size: number;
}

function shingleKey(words: readonly string[], start: number, size: number): string {
  let key = words[start] ?? '';
  for (let i = start + 1; i < start + size; i++) key += ` ${words[i]}`;
  return key;
}

export function buildShingleIndex(sources: readonly SourceText[], size = RUN_LENGTH): ShingleIndex {
  const shingles = new Map<string, string>();
  for (const source of sources) {
    const words = normaliseWords(prepareSourceText(source.text));
    for (let i = 0; i + size <= words.length; i++) {
      const key = shingleKey(words, i, size);
      if (!shingles.has(key)) shingles.set(key, source.name);
    }
  }
  return { shingles, size };
}

export interface CopiedRun {
  /** The copied words, normalised, as one string. */
  run: string;
  /** Number of words in the run. */
  words: number;
  /** The source file the run was found in. */
  source: string;
}

/**
 * Every maximal run of at least `index.size` words in `text` that also stands in
 * a source. Overlapping matching shingles merge into one run.
 */
export function findCopiedRuns(text: string, index: ShingleIndex): CopiedRun[] {
  const words = normaliseWords(text);
  const { size, shingles } = index;
  const runs: CopiedRun[] = [];
  let start = -1;
  let end = -1;
  let source = '';
  const close = () => {
    if (start < 0) return;
    runs.push({ run: words.slice(start, end).join(' '), words: end - start, source });
    start = -1;
  };
  for (let i = 0; i + size <= words.length; i++) {
    const found = shingles.get(shingleKey(words, i, size));
    if (found === undefined) continue;
    if (start >= 0 && i <= end && found === source) {
      end = i + size;
    } else {
      close();
      start = i;
      end = i + size;
      source = found;
    }
  }
  close();
  return runs;
}
