/**
 * The two content-fidelity checks over all content files:
 * - originality: no unmarked run of RUN_LENGTH words copied from a source;
 * - quotes: every quotation (a `citaten` entry, or text marked „…” anywhere)
 *   stands in its source, and a `citaten` entry names a role;
 * - speech: a person's quoted words from a source appear only inside „…”, with
 *   the speaker's role in the same sentence.
 * Pure functions; tests/content/fidelity.test.ts feeds them the files on disk.
 */
import { contentTextFields, type TextField } from './content-text';
import { buildShingleIndex, findCopiedRuns, normaliseWords, type SourceText } from './originality';
import { buildSpeechIndex, findUnmarkedSpeech, sentenceAround, SPEAKER_WORDS, speechSpans } from './speech';
import {
  prepareQuoteSource,
  quoteOccursIn,
  splitQuotations,
  unbalancedQuotation,
  type QuoteSource,
} from './quotations';

export interface ContentFile {
  /** Path relative to the repository, e.g. "content/elementen/x.mdx". */
  path: string;
  raw: string;
}

export interface FidelityProblem {
  file: string;
  field: string;
  message: string;
}

function isCitaat(path: string): boolean {
  return /(^|\/)citaten\//.test(path);
}

/**
 * Entries whose title is a publication's own title (a `bronnen` entry) or the
 * guideline's own name for one of its work cards (a `werkkaarten` entry): names,
 * not prose, so they may be repeated word for word.
 */
function titleIsOwnName(path: string): boolean {
  return /(^|\/)(bronnen|werkkaarten)\//.test(path);
}

/** Remove an entry's own title (see titleIsOwnName) from its other texts. */
function withoutOwnTitle(text: string, title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') return text;
  return text.split(title).join(' ¶ ');
}

// Both checks read the same files; parse each file once.
const parsed = new WeakMap<ContentFile, TextField[]>();

/** The text fields of a file, or a problem naming the file when it cannot be read. */
function fieldsOf(file: ContentFile, problems: FidelityProblem[]): TextField[] | undefined {
  try {
    let fields = parsed.get(file);
    if (!fields) parsed.set(file, (fields = contentTextFields(file.path, file.raw)));
    return fields;
  } catch (error) {
    problems.push({
      file: file.path,
      field: 'frontmatter',
      message: `Cannot read this file: ${(error as Error).message.split('\n')[0]}. Fix the YAML (put a value with ": " in quotes).`,
    });
    return undefined;
  }
}

export function checkOriginality(
  files: readonly ContentFile[],
  sources: readonly SourceText[],
): FidelityProblem[] {
  const index = buildShingleIndex(sources);
  const problems: FidelityProblem[] = [];
  for (const file of files) {
    const fields = fieldsOf(file, problems);
    if (!fields) continue;
    const title = titleIsOwnName(file.path) ? fields.find((f) => f.field === 'title')?.text : undefined;
    for (const { field, text } of fields) {
      // A quote's own text is checked against its source by checkQuotes instead.
      if (isCitaat(file.path) && field === 'text') continue;
      if (title !== undefined && field === 'title') continue;
      // A locator names a section or heading of the source as the source spells it: a name, not prose.
      if (/(^|\.)plaats$/.test(field)) continue;
      const open = unbalancedQuotation(text);
      if (open !== undefined) {
        problems.push({
          file: file.path,
          field,
          message: `A quotation opens with „ but does not close with ”: "${open}…". Close it with ” (U+201D).`,
        });
      }
      for (const piece of splitQuotations(withoutOwnTitle(text, title)).ownWords) {
        for (const run of findCopiedRuns(piece, index)) {
          problems.push({
            file: file.path,
            field,
            message: `${run.words} words copied from ${run.source}: "${run.run}". Rewrite this in our own words, or mark the words as a quotation with „…” and name the speaker's role.`,
          });
        }
      }
    }
  }
  return problems;
}

export interface QuoteCheckInput {
  files: readonly ContentFile[];
  /** Source documents by `bronnen` id (only those with a file). */
  sourcesByBron: ReadonlyMap<string, SourceText>;
}

export function checkQuotes({ files, sourcesByBron }: QuoteCheckInput): FidelityProblem[] {
  const prepared = new Map<string, QuoteSource>();
  const sourceFor = (bron: string): QuoteSource | undefined => {
    const source = sourcesByBron.get(bron);
    if (!source) return undefined;
    let ready = prepared.get(bron);
    if (!ready) prepared.set(bron, (ready = prepareQuoteSource(source.text)));
    return ready;
  };
  const anySource = [...sourcesByBron.keys()];
  const problems: FidelityProblem[] = [];
  for (const file of files) {
    const fields = fieldsOf(file, []);
    if (!fields) continue;
    const value = (name: string) => fields.find((f) => f.field === name)?.text;
    if (isCitaat(file.path)) {
      const text = value('text') ?? '';
      const bron = value('source.bron') ?? '';
      const role = value('role');
      if (!role?.trim()) {
        problems.push({
          file: file.path,
          field: 'role',
          message: "A quote needs the speaker's role (never a name).",
        });
      }
      const source = sourceFor(bron);
      if (!source) {
        problems.push({
          file: file.path,
          field: 'source.bron',
          message: `"${bron}" is not one of the source documents (a bronnen entry with a file). A quote must point to the document it stands in.`,
        });
      } else if (!quoteOccursIn(text, source)) {
        problems.push({
          file: file.path,
          field: 'text',
          message: `This quote does not stand in ${sourcesByBron.get(bron)!.name}. Copy it exactly from the source; mark left-out words with (..).`,
        });
      }
    }
    // Marked quotations in any text must be verbatim from one of the documents.
    for (const { field, text } of fields) {
      for (const quotation of splitQuotations(text).quotations) {
        if (!anySource.some((bron) => quoteOccursIn(quotation, sourceFor(bron)!))) {
          problems.push({
            file: file.path,
            field,
            message: `The quotation „${quotation}” does not stand in any source document. Quote exactly (mark left-out words with (..)), or drop the quotation marks and write it in our own words.`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * Quoted speech (speech.ts): a person's words from a source stand in „…” with
 * the speaker's role in the same sentence, never as our own words.
 */
export function checkSpeech(
  files: readonly ContentFile[],
  sources: readonly SourceText[],
): FidelityProblem[] {
  const index = buildSpeechIndex(sources);
  const speech = sources.flatMap((source) =>
    speechSpans(source.text).map((span) => ` ${normaliseWords(span).join(' ')} `),
  );
  const problems: FidelityProblem[] = [];
  for (const file of files) {
    const fields = fieldsOf(file, []);
    if (!fields) continue;
    const title = titleIsOwnName(file.path) ? fields.find((f) => f.field === 'title')?.text : undefined;
    for (const { field, text } of fields) {
      if (isCitaat(file.path) && field === 'text') continue;
      if (/(^|\.)plaats$/.test(field)) continue;
      for (const piece of splitQuotations(withoutOwnTitle(text, title)).ownWords) {
        for (const run of findUnmarkedSpeech(piece, index)) {
          problems.push({
            file: file.path,
            field,
            message: `${run.words} words of a person's quoted words in ${run.source} stand here as our own: "${run.run}". Quote them with „…” and name the speaker's role in the sentence (Een moeder zegt: „…”), or say it in our own words.`,
          });
        }
      }
      for (const match of text.matchAll(/„([^„”“]*)[”“]/g)) {
        const words = normaliseWords(match[1] ?? '');
        if (words.length < 4) continue;
        const quoted = ` ${words.join(' ')} `;
        if (!speech.some((span) => span.includes(quoted))) continue;
        const sentence = sentenceAround(text, match.index, match.index + match[0].length);
        if (!SPEAKER_WORDS.test(sentence.replace(match[0], ' '))) {
          problems.push({
            file: file.path,
            field,
            message: `The quotation „${match[1]}” is a person's words, but its sentence does not say who speaks. Name the speaker's role (never a name), e.g. "Een hulpverlener zegt: „…”".`,
          });
        }
      }
    }
  }
  return problems;
}
