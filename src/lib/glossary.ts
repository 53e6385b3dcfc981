/**
 * Which glossary terms a page uses, so the page can explain them right there:
 * a new professional should never meet "bemoeizorg" without its meaning.
 */

export interface GlossaryTerm {
  id: string;
  /** The words in running text that this entry explains. */
  phrases: string[];
}

/** The phrases of a term: its title without a parenthetical, and the parenthetical itself. */
export function phrasesOf(title: string, explicit: readonly string[] = []): string[] {
  if (explicit.length > 0) return [...explicit];
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(title);
  const phrases = match ? [match[1]!, match[2]!] : [title];
  return phrases.map((p) => p.trim()).filter((p) => p.length >= 3);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ids of the terms used in `text`, in order of first use. */
export function findGlossaryTerms(text: string, terms: readonly GlossaryTerm[]): string[] {
  const found: { id: string; at: number }[] = [];
  for (const term of terms) {
    let first = Infinity;
    for (const phrase of term.phrases) {
      // Whole words only: "regie" must not match inside "casusregie".
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
      const m = re.exec(text);
      if (m && m.index < first) first = m.index;
    }
    if (first < Infinity) found.push({ id: term.id, at: first });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
