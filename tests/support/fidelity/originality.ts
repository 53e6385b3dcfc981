/**
 * Originality: does a piece of our text repeat a run of words from a source
 * document? Content must be in our own words; only marked quotations may be
 * verbatim (see quotations.ts). Texts are compared as word sequences after
 * normalising case, diacritics, punctuation and hyphenation, so re-punctuating or
 * re-capitalising a copied sentence does not hide it.
 *
 * Speed: words become integer ids, every source is cut once into overlapping
 * shingles of RUN_LENGTH words keyed by a rolling hash (one Map entry each), and
 * every text is looked up shingle by shingle with an O(1) hash update per word —
 * linear in the number of words on both sides.
 */

/** A run of this many identical words counts as copied. */
export const RUN_LENGTH = 10;

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
  /** Word → small integer id, for every word that occurs in a source. */
  readonly ids: Map<string, number>;
  /** Shingle hash → where it first occurs (to verify a hit and name the source). */
  readonly shingles: Map<number, { source: number; start: number }>;
  /** The sources' words as ids, one array per source. */
  readonly sourceIds: readonly Int32Array[];
  readonly names: readonly string[];
  readonly size: number;
}

// Two polynomial rolling hashes (bases below 2^22, moduli below 2^31, so every
// intermediate product stays an exact double), combined into one 53-bit key.
const B1 = 1_000_003;
const M1 = 2_147_483_647;
const B2 = 999_983;
const M2 = 2_147_483_629;
const LOW = 4_194_304; // 2^22

function power(base: number, exp: number, mod: number): number {
  let result = 1;
  for (let i = 0; i < exp; i++) result = (result * base) % mod;
  return result;
}

/**
 * Calls `visit(start, key)` for every window of `size` ids that holds no unknown
 * word (id < 0), with an O(1) rolling update per position.
 */
function forEachShingle(ids: ArrayLike<number>, size: number, visit: (start: number, key: number) => void) {
  const top1 = power(B1, size - 1, M1);
  const top2 = power(B2, size - 1, M2);
  let h1 = 0;
  let h2 = 0;
  let valid = 0; // how many known words end at the current position
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) {
      h1 = 0;
      h2 = 0;
      valid = 0;
      continue;
    }
    if (valid >= size) {
      const out = ids[i - size]!;
      h1 = (h1 - ((out * top1) % M1) + M1) % M1;
      h2 = (h2 - ((out * top2) % M2) + M2) % M2;
    }
    h1 = (h1 * B1 + id) % M1;
    h2 = (h2 * B2 + id) % M2;
    valid++;
    if (valid >= size) visit(i - size + 1, h1 * LOW + (h2 % LOW));
  }
}

export function buildShingleIndex(sources: readonly SourceText[], size = RUN_LENGTH): ShingleIndex {
  const ids = new Map<string, number>();
  const shingles = new Map<number, { source: number; start: number }>();
  const sourceIds = sources.map((source, s) => {
    const words = normaliseWords(prepareSourceText(source.text));
    const asIds = new Int32Array(words.length);
    words.forEach((word, i) => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      asIds[i] = id;
    });
    forEachShingle(asIds, size, (start, key) => {
      if (!shingles.has(key)) shingles.set(key, { source: s, start });
    });
    return asIds;
  });
  return { ids, shingles, sourceIds, names: sources.map((s) => s.name), size };
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
  const { size, shingles, ids, sourceIds, names } = index;
  const asIds = words.map((word) => ids.get(word) ?? -1);
  // A hash hit is checked word by word, so a collision can never report a false run.
  const matches = (start: number, hit: { source: number; start: number }) => {
    const source = sourceIds[hit.source]!;
    for (let k = 0; k < size; k++) if (source[hit.start + k] !== asIds[start + k]) return false;
    return true;
  };
  const runs: CopiedRun[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runSource = -1;
  const close = () => {
    if (runStart < 0) return;
    runs.push({
      run: words.slice(runStart, runEnd).join(' '),
      words: runEnd - runStart,
      source: names[runSource]!,
    });
    runStart = -1;
  };
  forEachShingle(asIds, size, (start, key) => {
    const hit = shingles.get(key);
    if (!hit || !matches(start, hit)) return;
    if (runStart >= 0 && start <= runEnd && hit.source === runSource) {
      runEnd = start + size;
    } else {
      close();
      runStart = start;
      runEnd = start + size;
      runSource = hit.source;
    }
  });
  close();
  return runs;
}
