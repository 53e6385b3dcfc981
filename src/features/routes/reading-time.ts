/**
 * Reading-time estimates for route steps, computed at build time from the text
 * an entry page shows. A newcomer plans a week with these numbers, so they
 * round up: a step that says "6 min" should not take twenty.
 */

/** Words a professional reads per minute in careful, informative Dutch prose. */
export const WORDS_PER_MINUTE = 200;

/** Minutes a step adds for its reflection question and check questions. */
export const QUESTION_MINUTES = 0.5;

/** Markdown/MDX source as the words a reader sees: no link targets, tags, markup or imports. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a text: runs of letters or digits (a hyphenated word counts once). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, at least one for anything with text. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/**
 * Minutes for one route step: reading every entry plus a little time per
 * question, rounded up to whole minutes.
 */
export function stepMinutes(wordsPerEntry: readonly number[], questions: number): number {
  const words = wordsPerEntry.reduce((sum, w) => sum + w, 0);
  return Math.ceil(words / WORDS_PER_MINUTE + questions * QUESTION_MINUTES);
}

/** "8 min" or "1 uur 5 min", as Dutch readers expect it. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`;
}

/** Fields that are not read as text on a page: sources, search words, references, file names. */
const UNREAD_FIELDS = new Set(['sources', 'source', 'keywords', 'terms', 'file', 'nji', 'order', 'number']);

/**
 * The readable strings in an entry's data (title, summary, poles, questions…),
 * joined. References (`{ collection, id }`) and bookkeeping fields are left out.
 */
export function dataText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) return data.map(dataText).join(' ');
  if (typeof data !== 'object' || data === null) return '';
  const record = data as Record<string, unknown>;
  if (typeof record['collection'] === 'string' && typeof record['id'] === 'string') return '';
  return Object.entries(record)
    .filter(([key]) => !UNREAD_FIELDS.has(key))
    .map(([, value]) => dataText(value))
    .join(' ');
}
