/**
 * Quoted speech: what a parent or professional says in a source is theirs, not
 * ours. The sources mark it with quotation marks (‘…’ in the report, “…” or "…"
 * in the slides and the article). Our text may repeat such words only as a
 * marked quotation „…” whose sentence names the speaker's role (README,
 * "Quoting"); paraphrase is fine, but a run of SPEECH_RUN_LENGTH words of
 * someone's speech outside „…” is their words without their voice.
 */
import {
  buildShingleIndex,
  findCopiedRuns,
  normaliseWords,
  prepareSourceText,
  type SourceText,
} from './originality';

/** This many words of a person's quoted speech, outside „…”, count as quoting them unmarked. */
export const SPEECH_RUN_LENGTH = 8;

/** Words that name who speaks (roles, never names); one in the same sentence says whose words a quotation is. */
export const SPEAKER_WORDS =
  /\b(?:ouders?|moeders?|vaders?|hulpverleners?|professionals?|verwijzers?|jongeren?|gezinscoach(?:es)?|coach(?:es)?|regisseurs?|gezinswerkers?|medewerkers?|cliënten|cliënt|kinderen|kind|dochter|zoon|oma|opa|grootouders?|buurvrouw|leerkracht|wijkteam|casusregisseur|behandelaars?|ervaringsdeskundigen?)\b/i;

/** Spans of quoted speech in a source text, at least `min` words long (shorter ones are terms, not speech). */
export function speechSpans(raw: string, min = SPEECH_RUN_LENGTH): string[] {
  const text = prepareSourceText(raw);
  const spans: string[] = [];
  for (const pattern of [/‘([^‘’]{10,2000}?)’/g, /“([^“”]{10,2000}?)”/g, /"([^"]{10,2000}?)"/g]) {
    for (const match of text.matchAll(pattern)) {
      if (normaliseWords(match[1]!).length >= min) spans.push(match[1]!);
    }
  }
  return spans;
}

/** One shingle index over every span of quoted speech, named by its source file. */
export function buildSpeechIndex(sources: readonly SourceText[]) {
  const spans = sources.flatMap((source) =>
    speechSpans(source.text).map((text) => ({ name: source.name, text })),
  );
  return buildShingleIndex(spans, SPEECH_RUN_LENGTH);
}

export type SpeechIndex = ReturnType<typeof buildSpeechIndex>;

/** Runs of a person's quoted speech in a piece of our own words. */
export function findUnmarkedSpeech(text: string, index: SpeechIndex) {
  return findCopiedRuns(text, index);
}

/**
 * The sentence around a marked quotation (from the previous sentence end to the
 * next one after the quotation), where the speaker's role must be named.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), -1) + 1;
  const after = text.slice(end);
  const stop = after.search(/[.!?](?:\s|$)|\n\n/);
  return text.slice(from, stop < 0 ? text.length : end + stop + 1);
}
